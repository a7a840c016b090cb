import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@seedlens/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusAnswers } from '../../test/corpus-answers.js';
import { headerArticle, seeds } from '../../test/seed-texts.js';
import { analysisResult } from '../analysis/article-records.js';
import { Corpus, upsertRecords } from '../corpus.js';
import { loadCorpusSnapshot, saveCorpusSnapshot } from './corpus-snapshot.js';

const texts = [headerArticle, ...seeds];
const uri = (i: number) => `file:///a/${i}.txt`;
/** Stands in for a file's content hash: the snapshot only carries it. */
const hashOf = (text: string) => `h${text.length}`;

const answers = (c: Corpus) => corpusAnswers(c, ['gerasimov', 'place:baku', '"hot line"', 'after:2017-01 before:2018', 'date:2017', 'kind:organization -nato']);

/** A corpus as openCorpus builds one: records, then an article replaced and one removed (ids freed, words released). */
function built(): { corpus: Corpus; hashes: Map<string, string> } {
  const corpus = new Corpus();
  const hashes = new Map<string, string>();
  const entries = texts.map((text, i) => ({ uri: uri(i), text, ...analysisResult(analyze(text)) }));
  upsertRecords(corpus, entries, (_, error) => {
    throw error;
  });
  texts.forEach((text, i) => hashes.set(uri(i), hashOf(text)));
  corpus.remove(uri(2));
  hashes.delete(uri(2));
  const edited = `${texts[1]}\nGen. Joseph Dunford spoke to Zorblat Quixley in Reykjavik.\n`;
  corpus.upsert(uri(1), edited);
  hashes.set(uri(1), hashOf(edited));
  return { corpus, hashes };
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'seedlens-snapshot-'));
  file = join(dir, 'corpus.snapshot');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus snapshot', () => {
  it('reads back a corpus that answers as the one written, with the content hash of each article', async () => {
    const { corpus, hashes } = built();
    expect(await saveCorpusSnapshot(file, corpus, hashes)).toBe(true);
    const loaded = new Corpus();
    expect(await loadCorpusSnapshot(file, loaded)).toEqual(hashes);
    expect(answers(loaded)).toEqual(answers(corpus));
    expect(loaded['join'].checkConsistency()).toBeUndefined();
  });

  it('reads the texts it left in the file when an analysis is rebuilt, after a newer snapshot replaced the file, or it was removed', async () => {
    const { corpus, hashes } = built();
    await saveCorpusSnapshot(file, corpus, hashes);
    const loaded = new Corpus();
    await loadCorpusSnapshot(file, loaded);
    const other = new Corpus();
    other.upsert(uri(0), 'Talks in Oslo.');
    await saveCorpusSnapshot(file, other, new Map([[uri(0), 'h']]));
    const mentions = (c: Corpus) => c.uris().map((u) => [c.get(u)!.analysis, c.mentionsIn(u)]);
    expect(mentions(loaded)).toEqual(mentions(corpus));
    // Written again, from the texts in the replaced file.
    const again = join(dir, 'again.snapshot');
    await saveCorpusSnapshot(again, loaded, hashes);
    rmSync(file);
    const reloaded = new Corpus();
    await loadCorpusSnapshot(again, reloaded);
    expect(mentions(reloaded)).toEqual(mentions(corpus));
  });

  it('keeps changing as the corpus written would: replaced, removed and new articles', async () => {
    const { corpus, hashes } = built();
    await saveCorpusSnapshot(file, corpus, hashes);
    const loaded = new Corpus();
    await loadCorpusSnapshot(file, loaded);
    for (const c of [corpus, loaded]) {
      c.upsert(uri(3), 'Gen. Valery Gerasimov met NATO officials in Baku on 5 May 2017.');
      c.remove(uri(0));
      c.upsert(uri(7), texts[2]!);
      c.upsert(uri(8), 'Zorblat Quixley, a new name, visited Reykjavik.');
    }
    expect(answers(loaded)).toEqual(answers(corpus));
    expect(loaded['join'].checkConsistency()).toBeUndefined();
  });

  it('ignores a damaged, truncated or foreign snapshot, leaving the corpus empty', async () => {
    const { corpus, hashes } = built();
    await saveCorpusSnapshot(file, corpus, hashes);
    const bytes = readFileSync(file);
    const flipped = Buffer.from(bytes);
    flipped[bytes.length >> 1]! ^= 0x40;
    const header = bytes.subarray(0, 512).toString('latin1').split(' ');
    header[4] = 'other-indexer';
    // The texts, at the end, are checked too, though a corpus read from the snapshot leaves them in the file.
    const lastFlipped = Buffer.from(bytes);
    lastFlipped[bytes.length - 1]! ^= 0x40;
    const variants = [flipped, lastFlipped, Buffer.concat([bytes, Buffer.from('x')]), bytes.subarray(0, bytes.length - 100), Buffer.from('not a snapshot'), Buffer.concat([Buffer.from(header.join(' '), 'latin1'), bytes.subarray(512)])];
    for (const variant of variants) {
      writeFileSync(file, variant);
      const c = new Corpus();
      expect(await loadCorpusSnapshot(file, c)).toBeUndefined();
      expect([c.size, c.version]).toEqual([0, 0]);
    }
    expect(await loadCorpusSnapshot(join(dir, 'missing.snapshot'), new Corpus())).toBeUndefined();
  });

  it('does not write a snapshot without the content hash of every article', async () => {
    const { corpus, hashes } = built();
    hashes.delete(uri(3));
    expect(await saveCorpusSnapshot(file, corpus, hashes)).toBe(false);
    expect(() => readFileSync(file)).toThrow();
  });
});
