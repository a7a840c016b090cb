// Files that try to hurt the indexer: very large single lines, files that change or vanish while
// a folder is being opened, CRLF line ends, NUL bytes and malformed UTF-8 past the first 64 KB.
// Whatever happens to one file, openCorpus resolves, the file is indexed or listed in `failures`,
// and the other files are indexed as if it were not there.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type Analysis } from '@seedlens/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../src/open-corpus.js';

const builtWorker = fileURLToPath(new URL('../dist/analyze-worker.js', import.meta.url));

const SMALL = 'Talks in Geneva\n\nForeign Minister Amina Okafor met Leila Haddad in Geneva in March 2017.\nLater, Okafor said the talks would go on.\n';
const OTHER = 'Visit to Nairobi\n\nJonas Lindqvist arrived in Nairobi on June 3, 2019, to meet Mei Nakamura.\n';

let base: string;
let dir: string;
let cacheDir: string;
const at = (name: string) => join(dir, name);

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'seedlens-hostile-'));
  dir = join(base, 'articles');
  cacheDir = join(base, 'cache');
  mkdirSync(dir);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** Every mention's text is the slice of `text` its offsets name. */
function expectOffsetsValid(analysis: Analysis | undefined, text: string): void {
  expect(analysis).toBeDefined();
  expect(analysis!.mentions.length).toBeGreaterThan(0);
  for (const m of analysis!.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('a 10 MB file on one line', () => {
  const MB10 = 10 * 1024 * 1024;
  // Mostly lower-case prose with a sentence of names now and then: a realistic worst case for
  // line-based code, without the hundreds of thousands of mentions a line of names would give.
  const unit = 'the talks went on through the night, and the delegates said little of substance, '.repeat(20) + 'Minister Valery Gerasimov arrived in Baku on Feb. 16, 2017, and ';
  const huge = () => unit.repeat(Math.ceil(MB10 / unit.length));

  it('is indexed without disturbing the other files', { timeout: 180_000 }, async () => {
    const text = huge();
    expect(text).not.toContain('\n');
    writeFileSync(at('a.txt'), SMALL);
    writeFileSync(at('huge.txt'), text);
    writeFileSync(at('z.txt'), OTHER);
    const opened = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(opened.failures).toEqual([]);
    expect(opened.corpus.uris()).toEqual([at('a.txt'), at('huge.txt'), at('z.txt')]);
    const analysis = opened.corpus.get(at('huge.txt'))?.analysis;
    expectOffsetsValid(analysis, text);
    expect(analysis!.mentions.some((m) => m.text === 'Valery Gerasimov')).toBe(true);
    expect(analysis!.mentions.some((m) => m.start > MB10 - unit.length)).toBe(true);
    expect(opened.corpus.get(at('a.txt'))?.analysis).toEqual(analyze(SMALL));
    expect(opened.corpus.get(at('z.txt'))?.analysis).toEqual(analyze(OTHER));
  });

  it('is refused with a clear message when over maxBytes, the other files indexed', async () => {
    writeFileSync(at('a.txt'), SMALL);
    writeFileSync(at('huge.txt'), huge());
    const opened = await openCorpus([dir], { cacheDir: false, workers: 0, maxBytes: 5 * 1024 * 1024 });
    expect(opened.failures).toEqual([{ path: at('huge.txt'), error: expect.stringMatching(/^file too large \(10(\.\d)? MB; the limit is 5 MB\)$/) }]);
    expect(opened.corpus.uris()).toEqual([at('a.txt')]);
    expect(opened.corpus.get(at('a.txt'))?.analysis).toEqual(analyze(SMALL));
  });
});

describe('files that change while the folder is opened', () => {
  // onProgress(0, total) runs after the folder was searched and before any file is read: what is
  // done there is what another program does between the search and the read.
  it('lists a deleted file as a failure and indexes a rewritten one with its new content', async () => {
    writeFileSync(at('a-deleted.txt'), SMALL);
    writeFileSync(at('b-rewritten.txt'), SMALL);
    writeFileSync(at('c-emptied.txt'), SMALL);
    writeFileSync(at('d-now-a-folder.txt'), SMALL);
    writeFileSync(at('e-grown.txt'), 'Short.');
    writeFileSync(at('f-kept.txt'), OTHER);
    const grown = `${OTHER}${SMALL.repeat(2000)}`;
    const opened = await openCorpus([dir], {
      cacheDir,
      workers: 0,
      onProgress: (done) => {
        if (done !== 0) return;
        unlinkSync(at('a-deleted.txt'));
        writeFileSync(at('b-rewritten.txt'), OTHER);
        truncateSync(at('c-emptied.txt'), 0);
        unlinkSync(at('d-now-a-folder.txt'));
        mkdirSync(at('d-now-a-folder.txt'));
        writeFileSync(at('e-grown.txt'), grown);
      },
    });
    expect(opened.failures).toEqual([
      { path: at('a-deleted.txt'), error: 'no such file or folder' },
      { path: at('c-emptied.txt'), error: 'empty file' },
      { path: at('d-now-a-folder.txt'), error: 'is a folder' },
    ]);
    expect(opened.corpus.uris()).toEqual([at('b-rewritten.txt'), at('e-grown.txt'), at('f-kept.txt')]);
    expect(opened.corpus.get(at('b-rewritten.txt'))?.analysis).toEqual(analyze(OTHER));
    expect(opened.corpus.get(at('e-grown.txt'))?.analysis.source.text).toBe(grown);
    expect(opened.corpus.get(at('f-kept.txt'))?.analysis).toEqual(analyze(OTHER));
  });

  it('refuses a file swapped for a link out of the folder after the search, the other files indexed', async () => {
    const secret = join(base, 'secret.txt');
    writeFileSync(secret, 'Secret plans of General Anders Holm in Oslo.\n');
    writeFileSync(at('a-swapped.txt'), SMALL);
    writeFileSync(at('b-kept.txt'), OTHER);
    const opened = await openCorpus([dir], {
      cacheDir,
      workers: 0,
      onProgress: (done) => {
        if (done !== 0) return;
        unlinkSync(at('a-swapped.txt'));
        symlinkSync(secret, at('a-swapped.txt'));
      },
    });
    expect(opened.failures).toEqual([{ path: at('a-swapped.txt'), error: 'symbolic link leads outside the folder' }]);
    expect(opened.corpus.uris()).toEqual([at('b-kept.txt')]);
    expect(opened.corpus.findEntities('Holm')).toEqual([]);
  });

  it('indexes what was read when a file changes after it was read, and the new content on the next open', async () => {
    writeFileSync(at('a.txt'), SMALL);
    writeFileSync(at('b.txt'), OTHER);
    // Progress past 0 is reported once files are indexed, after both were read.
    let rewritten = false;
    const first = await openCorpus([dir], {
      cacheDir,
      workers: 0,
      onProgress: (done) => {
        if (done === 1 && !rewritten) {
          rewritten = true;
          writeFileSync(at('a.txt'), OTHER);
          unlinkSync(at('b.txt'));
        }
      },
    });
    expect(rewritten).toBe(true);
    expect(first.failures).toEqual([]);
    expect(first.corpus.get(at('a.txt'))?.analysis).toEqual(analyze(SMALL));
    expect(first.corpus.get(at('b.txt'))?.analysis).toEqual(analyze(OTHER));

    const second = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(second.corpus.uris()).toEqual([at('a.txt')]);
    expect(second.corpus.get(at('a.txt'))?.analysis).toEqual(analyze(OTHER));
  });
});

describe('CRLF line ends', () => {
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  const ARTICLE = crlf(
    '---\ntitle: Talks in Geneva\ndate: 2017-03-02\n---\nTalks in Geneva\n\nForeign Minister Amina Okafor met Leila Haddad in Geneva yesterday.\n' +
      'On Feb. 16, 2017, Gen. Jonas Lindqvist of the United Nations flew to Baku.\nOkafor said the talks would go on in April.\n',
  );

  it('keeps offsets into the text as read, analysed now and reopened from the cache', async () => {
    writeFileSync(at('crlf.txt'), ARTICLE);
    // With a UTF-8 byte-order mark: offsets are into the text without it.
    writeFileSync(at('crlf-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    writeFileSync(at('crlf-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${ARTICLE}\r\nAlso in Oslo.\r\n`, 'utf16le')]));
    const fresh = await openCorpus([dir], { cacheDir, workers: 0 });
    const cached = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(fresh).toMatchObject({ analysed: 3, failures: [] });
    expect(cached).toMatchObject({ fromCache: 3, failures: [] });
    for (const opened of [fresh, cached]) {
      expectOffsetsValid(opened.corpus.get(at('crlf.txt'))?.analysis, ARTICLE);
      expectOffsetsValid(opened.corpus.get(at('crlf-bom.txt'))?.analysis, ARTICLE);
      expectOffsetsValid(opened.corpus.get(at('crlf-utf16.txt'))?.analysis, `${ARTICLE}\r\nAlso in Oslo.\r\n`);
      const mentions = opened.corpus.get(at('crlf.txt'))!.analysis.mentions;
      expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Amina Okafor', 'Geneva', 'Feb. 16, 2017', 'Baku']));
      for (const m of mentions) expect(m.text).not.toMatch(/[\r\n]/);
    }
  });

  it.runIf(existsSync(builtWorker))('keeps offsets valid when analysed on worker threads', async () => {
    // Enough files for the pool to start workers; each differs so each is analysed.
    const texts = Array.from({ length: 20 }, (_, i) => `${ARTICLE}Item ${i}: Mei Nakamura visited Lima.\r\n`);
    texts.forEach((text, i) => writeFileSync(at(`crlf-${String(i).padStart(2, '0')}.txt`), text));
    const opened = await openCorpus([dir], { cacheDir: false, workers: 2, workerScript: builtWorker });
    expect(opened).toMatchObject({ analysed: 20, workers: 2, failures: [] });
    texts.forEach((text, i) => expectOffsetsValid(opened.corpus.get(at(`crlf-${String(i).padStart(2, '0')}.txt`))?.analysis, text));
  });
});

describe('NUL bytes and malformed UTF-8 past the first 64 KB', () => {
  // The share-of-control-characters sniff looks at the start of a file only; what comes later must
  // not hurt either. A NUL anywhere makes the file binary; malformed UTF-8 anywhere is kept as U+FFFD.
  const prefix = `${SMALL}\n${'The talks went on through the night and little was said. '.repeat(1500)}\n`;
  const tail = '\nLater, Leila Haddad flew to Oslo.\n';

  it('lists a late NUL as a binary file and indexes late malformed UTF-8 with a warning, the other files intact', async () => {
    expect(Buffer.byteLength(prefix)).toBeGreaterThan(64 * 1024);
    writeFileSync(at('late-nul.txt'), Buffer.concat([Buffer.from(prefix), Buffer.from([0, 0, 0]), Buffer.from(tail)]));
    // In UTF-16, NUL bytes are everywhere; a NUL character (U+0000) is not text.
    writeFileSync(at('late-nul-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${prefix}\0${tail}`, 'utf16le')]));
    // A lone continuation byte, a truncated sequence, an overlong NUL, a UTF-16 surrogate encoded in UTF-8.
    writeFileSync(at('late-bad-utf8.txt'), Buffer.concat([Buffer.from(prefix), Buffer.from([0x80, 0xe2, 0x82, 0xc0, 0x80, 0xed, 0xa0, 0x80]), Buffer.from(tail)]));
    writeFileSync(at('z.txt'), OTHER);
    const opened = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(opened.failures).toEqual([
      { path: at('late-nul-utf16.txt'), error: 'binary file (contains NUL bytes)' },
      { path: at('late-nul.txt'), error: 'binary file (contains NUL bytes)' },
    ]);
    expect(opened.corpus.uris()).toEqual([at('late-bad-utf8.txt'), at('z.txt')]);
    const document = opened.corpus.get(at('late-bad-utf8.txt'))!;
    expectOffsetsValid(document.analysis, document.analysis.source.text);
    expect(document.analysis.mentions.some((m) => m.text === 'Oslo')).toBe(true);
    expect(opened.warnings).toEqual([{ path: at('late-bad-utf8.txt'), warning: expect.stringMatching(/malformed UTF-8 sequences replaced by U\+FFFD$/) }]);
    expect(opened.corpus.get(at('z.txt'))?.analysis).toEqual(analyze(OTHER));
  });
});
