import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '@seedlens/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusAnswers } from '../test/corpus-answers.js';
import { Corpus } from './corpus.js';
import { openCorpus } from './open-corpus.js';

// The real worker is the built one (turbo builds before testing; alone: `npx tsup`).
const builtWorker = fileURLToPath(new URL('../dist/analyze-worker.js', import.meta.url));

const PEOPLE = ['Amina Okafor', 'Jonas Lindqvist', 'Leila Haddad', 'Tomasz Kowalski', 'Mei Nakamura'];
const CITIES = ['Baku', 'Geneva', 'Nairobi', 'Oslo', 'Lima'];
const MONTHS = ['March 2017', 'June 2019', 'October 2020', 'January 2015'];

/** A short article; different `i` give different people, places and dates. */
function article(i: number): string {
  const a = PEOPLE[i % PEOPLE.length]!;
  const b = PEOPLE[(i + 2) % PEOPLE.length]!;
  const city = CITIES[(i * 3) % CITIES.length]!;
  return `Talks in ${city}, number ${i}\n\nForeign Minister ${a} met ${b} in ${city} in ${MONTHS[i % MONTHS.length]}.\nLater, ${a.split(' ')[1]} said the talks would go on.\n`;
}

const answers = (c: Corpus) => corpusAnswers(c, ['okafor', 'place:baku', '"the talks"', 'after:2017']);

let base: string;
let dir: string;
let cacheDir: string;
const at = (name: string) => join(dir, name);

function writeArticles(n: number): string[] {
  const paths = [];
  for (let i = 0; i < n; i++) {
    const path = at(`article-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, article(i));
    paths.push(path);
  }
  return paths;
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'seedlens-open-'));
  dir = join(base, 'articles');
  cacheDir = join(base, 'cache');
  mkdirSync(dir);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('openCorpus', () => {
  it('indexes every readable article, lists the others as failures, and reports progress', async () => {
    const paths = writeArticles(3);
    writeFileSync(at('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(at('empty.txt'), '  \n');
    writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from('Minister Amina Okafor visited Baku. Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    const progress: Array<[number, number]> = [];
    const opened = await openCorpus([dir], { cacheDir, onProgress: (done, total) => progress.push([done, total]) });

    expect(opened.corpus.uris()).toEqual([...paths, at('latin1.txt')].sort());
    expect(opened.failures).toEqual([
      { path: at('binary.txt'), error: 'binary file (contains NUL bytes)' },
      { path: at('empty.txt'), error: 'empty file (only whitespace)' },
    ]);
    expect(opened.warnings).toEqual([{ path: at('latin1.txt'), warning: '1 malformed UTF-8 sequence replaced by U+FFFD' }]);
    expect(opened).toMatchObject({ analysed: 4, fromCache: 0, truncated: false, workers: 0 });
    expect(progress[0]).toEqual([0, 6]);
    expect(progress.at(-1)).toEqual([6, 6]);
    expect(progress.map(([done]) => done)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // The text indexed is the file's, analysed by core.
    expect(opened.corpus.get(paths[0]!)?.analysis).toEqual(analyze(article(0)));
  });

  it('reopens from the cache: same analyses, nothing analysed again, only changed files re-analysed', async () => {
    const paths = writeArticles(4);
    const first = await openCorpus([dir], { cacheDir });
    expect(first).toMatchObject({ analysed: 4, fromCache: 0 });

    const again = await openCorpus([dir], { cacheDir });
    expect(again).toMatchObject({ analysed: 0, fromCache: 4, failures: [] });
    for (const path of paths) expect(again.corpus.get(path)?.analysis).toEqual(first.corpus.get(path)?.analysis);

    writeFileSync(paths[1]!, article(11));
    const changed = await openCorpus([dir], { cacheDir });
    expect(changed).toMatchObject({ analysed: 1, fromCache: 3 });
    expect(changed.corpus.get(paths[1]!)?.analysis).toEqual(analyze(article(11)));
  });

  it('reopens a corpus that answers as the first one did, from the cached index records', async () => {
    writeArticles(12);
    writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from('Minister Amina Okafor visited Baku. Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    const first = await openCorpus([dir], { cacheDir, workers: 0 });
    const again = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(again).toMatchObject({ analysed: 0, fromCache: 13 });
    expect(answers(again.corpus)).toEqual(answers(first.corpus));
  });

  it('reopens from the snapshot of the last opening, brought up to date with the files as they are now', async () => {
    const paths = writeArticles(8);
    writeFileSync(at('copy.txt'), article(4));
    await openCorpus([dir], { cacheDir, workers: 0 });
    writeFileSync(paths[1]!, article(11));
    rmSync(paths[2]!);
    writeFileSync(paths[3]!, Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(at('new.txt'), article(9));
    const reopened = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(reopened).toMatchObject({ analysed: 2, fromCache: 6 });
    expect(reopened.failures.map((f) => f.path)).toEqual([paths[3]]);
    const fresh = await openCorpus([dir], { cacheDir: false, workers: 0 });
    expect(answers(reopened.corpus)).toEqual(answers(fresh.corpus));
    // The snapshot was brought up to date too, and alone it is enough (the pack is not read).
    for (const name of readdirSync(cacheDir)) if (name.endsWith('.pack')) rmSync(join(cacheDir, name));
    const again = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(again).toMatchObject({ analysed: 0, fromCache: 8 });
    expect(answers(again.corpus)).toEqual(answers(fresh.corpus));
  });

  it('reopens from the snapshot with the warnings and failures of the first opening, whatever the encoding', async () => {
    writeArticles(3);
    writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from('Minister Amina Okafor visited Baku. Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    writeFileSync(at('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article(5))]));
    writeFileSync(at('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(6), 'utf16le')]));
    writeFileSync(at('nul.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const first = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(first.warnings.map((w) => w.path)).toEqual([at('latin1.txt')]);
    const again = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(again).toMatchObject({ analysed: 0, fromCache: 6, warnings: first.warnings, failures: first.failures });
    expect(answers(again.corpus)).toEqual(answers(first.corpus));
    for (const uri of first.corpus.uris()) expect(again.corpus.get(uri)?.analysis).toEqual(first.corpus.get(uri)?.analysis);
  });

  it('keeps a snapshot for each form of URIs, and none for a corpus that already holds articles', async () => {
    const paths = writeArticles(3);
    const asUrl = (path: string) => pathToFileURL(path).href;
    await openCorpus([dir], { cacheDir, uriOf: asUrl });
    await openCorpus([dir], { cacheDir });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.snapshot'))).toHaveLength(2);
    const urls = await openCorpus([dir], { cacheDir, uriOf: asUrl, corpus: new Corpus() });
    expect(urls).toMatchObject({ analysed: 0, fromCache: 3 });
    expect(urls.corpus.uris()).toEqual(paths.map(asUrl));
    expect((await openCorpus([dir], { cacheDir })).corpus.uris()).toEqual(paths);

    const holding = new Corpus();
    holding.upsert('mine', article(7));
    rmSync(cacheDir, { recursive: true });
    const opened = await openCorpus([dir], { cacheDir, corpus: holding });
    expect(opened.corpus.uris()).toEqual(['mine', ...paths].sort());
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.snapshot'))).toEqual([]);
  });

  it('keeps the cache files of the folder it opens fresh, and removes those of folders not opened for a month', async () => {
    writeArticles(3);
    await openCorpus([dir], { cacheDir, workers: 0 });
    const month = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    const mine = readdirSync(cacheDir);
    for (const name of mine) utimesSync(join(cacheDir, name), month, month);
    const stale = `corpus-${'0'.repeat(20)}-${'1'.repeat(8)}.snapshot`;
    writeFileSync(join(cacheDir, stale), 'old');
    writeFileSync(join(cacheDir, 'notes.txt'), 'not ours');
    for (const name of [stale, 'notes.txt']) utimesSync(join(cacheDir, name), month, month);
    // Nothing changed: the files are not rewritten, but they count as used.
    expect(await openCorpus([dir], { cacheDir, workers: 0 })).toMatchObject({ analysed: 0, fromCache: 3 });
    expect(readdirSync(cacheDir).sort()).toEqual([...mine, 'notes.txt'].sort());
  });

  it('derives index records again, silently, when the cached ones were written by other code', async () => {
    writeArticles(5);
    const first = await openCorpus([dir], { cacheDir, workers: 0 });
    // Without the snapshot, reopening indexes from the pack.
    for (const name of readdirSync(cacheDir)) if (name.endsWith('.snapshot')) rmSync(join(cacheDir, name));
    const [pack] = readdirSync(cacheDir);
    const file = join(cacheDir, pack!);
    const bytes = readFileSync(file);
    const newline = bytes.indexOf(0x0a);
    const fields = bytes.subarray(0, newline).toString().split(' ');
    fields[3] = 'older-indexer';
    writeFileSync(file, Buffer.concat([Buffer.from(fields.join(' ')), bytes.subarray(newline)]));
    const again = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(again).toMatchObject({ analysed: 0, fromCache: 5, failures: [] });
    expect(answers(again.corpus)).toEqual(answers(first.corpus));
    // Saved with fitting index records: the header names this code again.
    expect(readFileSync(file).subarray(0, 200).toString().split(' ')[3]).not.toBe('older-indexer');
  });

  it('keeps the cache out of the article folder, in SEEDLENS_CACHE_DIR by default', async () => {
    writeArticles(2);
    const saved = process.env.SEEDLENS_CACHE_DIR;
    process.env.SEEDLENS_CACHE_DIR = cacheDir;
    try {
      await openCorpus([dir]);
      expect(await openCorpus([dir])).toMatchObject({ fromCache: 2 });
    } finally {
      if (saved === undefined) delete process.env.SEEDLENS_CACHE_DIR;
      else process.env.SEEDLENS_CACHE_DIR = saved;
    }
    expect(readdirSync(dir).sort()).toEqual(['article-000.txt', 'article-001.txt']);
    expect(readdirSync(cacheDir).map((name) => name.replace(/-[0-9a-f]+/g, '-…')).sort()).toEqual(['analyses-….pack', 'corpus-…-….snapshot']);
  });

  it.skipIf(process.platform === 'win32')('keeps the cache private: its folder 0700, its files 0600, also those an earlier version left open', async () => {
    writeArticles(2);
    const mode = (path: string) => statSync(path).mode & 0o777;
    const nested = join(cacheDir, 'seedlens');
    expect(await openCorpus([dir], { cacheDir: nested, workers: 0 })).not.toHaveProperty('cacheError');
    expect([mode(cacheDir), mode(nested)]).toEqual([0o700, 0o700]);
    const files = readdirSync(nested);
    expect(files).toHaveLength(2);
    for (const name of files) expect(mode(join(nested, name))).toBe(0o600);
    // As an earlier version left them: opened again, unchanged, they are made private.
    chmodSync(nested, 0o755);
    for (const name of files) chmodSync(join(nested, name), 0o644);
    expect(await openCorpus([dir], { cacheDir: nested, workers: 0 })).toMatchObject({ analysed: 0, fromCache: 2 });
    expect([mode(nested), ...files.map((name) => mode(join(nested, name)))]).toEqual([0o700, 0o600, 0o600]);
    // A folder the user shares with other files keeps its mode; the cache files in it are private.
    writeFileSync(join(nested, 'notes.txt'), 'mine');
    chmodSync(nested, 0o755);
    writeArticles(3);
    await openCorpus([dir], { cacheDir: nested, workers: 0 });
    expect(mode(nested)).toBe(0o755);
    for (const name of readdirSync(nested).filter((n) => n !== 'notes.txt')) expect(mode(join(nested, name))).toBe(0o600);
  });

  it.skipIf(process.platform !== 'linux')('keeps the texts it indexes in a file of the cache folder removed at once, and reads them from there', async () => {
    writeArticles(3);
    const opened = await openCorpus([dir], { cacheDir, workers: 0 });
    // The spool is open (this process's descriptors) but not in the folder.
    const open = readdirSync('/proc/self/fd').map((fd) => {
      try {
        return readlinkSync(join('/proc/self/fd', fd));
      } catch {
        return '';
      }
    });
    expect(open.some((target) => target.startsWith(join(cacheDir, 'texts-')) && target.endsWith('(deleted)'))).toBe(true);
    expect(readdirSync(cacheDir).some((name) => name.startsWith('texts-'))).toBe(false);
    const uri = at('article-001.txt');
    expect(opened.corpus.get(uri)!.analysis).toEqual(analyze(article(1)));
    // The next snapshot's texts are read from the spool, and reopen the same.
    writeArticles(4);
    await openCorpus([dir], { cacheDir, workers: 0 });
    const reopened = await openCorpus([dir], { cacheDir, workers: 0 });
    expect(reopened).toMatchObject({ analysed: 0 });
    expect(reopened.corpus.get(at('article-003.txt'))!.analysis).toEqual(analyze(article(3)));
    expect(reopened.corpus.get(uri)!.analysis).toEqual(analyze(article(1)));
  });

  it('says when the cache cannot be written, and where', async () => {
    writeArticles(2);
    writeFileSync(join(base, 'a-file'), 'in the way');
    const opened = await openCorpus([dir], { cacheDir: join(base, 'a-file'), workers: 0 });
    expect(opened).toMatchObject({ analysed: 2, cacheError: { path: join(base, 'a-file'), error: 'not a folder' } });
    expect(opened.corpus.size).toBe(2);
    expect((await openCorpus([dir], { cacheDir: join(base, 'a-file', 'below'), workers: 0 })).cacheError).toEqual({
      path: join(base, 'a-file', 'below'),
      error: 'not a folder',
    });
  });

  it('writes no cache when cacheDir is false', async () => {
    writeArticles(2);
    expect(await openCorpus([dir], { cacheDir: false })).toMatchObject({ analysed: 2, fromCache: 0 });
    expect(await openCorpus([dir], { cacheDir: false })).toMatchObject({ analysed: 2, fromCache: 0 });
    expect(existsSync(cacheDir)).toBe(false);
  });

  it('rebuilds silently over a damaged cache', async () => {
    writeArticles(3);
    await openCorpus([dir], { cacheDir });
    for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), 'seedlens-analyses 1 garbage\n{');
    expect(await openCorpus([dir], { cacheDir })).toMatchObject({ analysed: 3, fromCache: 0, failures: [] });
    expect(await openCorpus([dir], { cacheDir })).toMatchObject({ analysed: 0, fromCache: 3 });
  });

  it.runIf(existsSync(builtWorker))('analyses many files on worker threads, with the same results', async () => {
    const paths = writeArticles(40);
    // A copy read last: its content may be analysed before it is found, or after.
    writeFileSync(at('zz-copy.txt'), article(0));
    const opened = await openCorpus([dir], { cacheDir: false, workers: 2, workerScript: builtWorker });
    expect(opened).toMatchObject({ analysed: 41, workers: 2, failures: [] });
    for (const [i, path] of paths.entries()) expect(opened.corpus.get(path)?.analysis).toEqual(analyze(article(i)));
    expect(opened.corpus.get(at('zz-copy.txt'))?.analysis).toEqual(analyze(article(0)));
  });

  it('analyses in this thread when the worker script is missing', async () => {
    writeArticles(20);
    const opened = await openCorpus([dir], { cacheDir: false, workers: 2, workerScript: join(base, 'missing.js') });
    expect(opened).toMatchObject({ analysed: 20, workers: 0, failures: [] });
    expect(opened.corpus.size).toBe(20);
  });

  it('indexes files with the same content once each, analysing the content once', async () => {
    writeFileSync(at('a.txt'), article(1));
    writeFileSync(at('b.txt'), article(1));
    const opened = await openCorpus([dir], { cacheDir });
    expect(opened.corpus.uris()).toEqual([at('a.txt'), at('b.txt')]);
    expect(opened.analysed).toBe(2);
    expect(opened.corpus.get(at('b.txt'))?.analysis).toEqual(opened.corpus.get(at('a.txt'))?.analysis);
  });

  it('indexes into a given corpus under the URIs uriOf gives', async () => {
    const paths = writeArticles(2);
    const corpus = new Corpus();
    const opened = await openCorpus([dir], { corpus, cacheDir: false, uriOf: (path) => pathToFileURL(path).href });
    expect(opened.corpus).toBe(corpus);
    expect(corpus.uris()).toEqual(paths.map((p) => pathToFileURL(p).href));
  });

  it('passes on include, exclude and maxFiles', async () => {
    writeArticles(3);
    mkdirSync(at('drafts'));
    writeFileSync(at('drafts/x.txt'), article(5));
    writeFileSync(at('notes.md'), article(6));
    expect((await openCorpus([dir], { cacheDir: false, exclude: ['drafts'] })).corpus.size).toBe(3);
    expect((await openCorpus([dir], { cacheDir: false, include: ['**/*.md'] })).corpus.uris()).toEqual([at('notes.md')]);
    expect(await openCorpus([dir], { cacheDir: false, maxFiles: 2 })).toMatchObject({ truncated: true, analysed: 2 });
  });

  it('rejects when the signal aborts', async () => {
    writeArticles(2);
    const controller = new AbortController();
    controller.abort();
    await expect(openCorpus([dir], { cacheDir, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('leaves no partial cache behind when aborted while analysing', async () => {
    writeArticles(30);
    const controller = new AbortController();
    const opening = openCorpus([dir], { cacheDir, workers: 0, signal: controller.signal, onProgress: (done) => done === 10 && controller.abort() });
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
    // The next opening analyses everything, as if nothing had been cached.
    expect(await openCorpus([dir], { cacheDir, workers: 0 })).toMatchObject({ analysed: 30, fromCache: 0 });
  });
});
