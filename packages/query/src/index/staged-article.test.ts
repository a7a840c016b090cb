import { analyze } from '@seedlens/core';
import { describe, expect, it } from 'vitest';
import { corpusAnswers } from '../../test/corpus-answers.js';
import { headerArticle, seeds } from '../../test/seed-texts.js';
import { analysisResult } from '../analysis/article-records.js';
import { Corpus, type RecordEntry, upsertRecordSliced, upsertRecords } from '../corpus.js';
import { TimeSlicer } from '../time-slice.js';

const QUERIES = ['gerasimov', 'baku OR moscow', '"general staff"'];

/** An article as a worker thread would send it: its records, analysed with its uri as path. */
function entry(uri: string, text: string): RecordEntry {
  return { uri, text, ...analysisResult(analyze(text, { path: uri })) };
}

const fail = (_entry: RecordEntry, error: unknown) => {
  throw error;
};

// Articles in, replaced and changed so that names join, leave and move between entities.
const steps: Array<[string, string]> = [
  ...seeds.map((text, i): [string, string] => [`file:///news/seed-${i}.txt`, text]),
  ['file:///news/header.txt', headerArticle],
  ['file:///news/short.txt', 'Gerasimov spoke to NATO in Brussels on 3 March 2017.'],
  ['file:///news/seed-1.txt', `${seeds[1]}\nGeneral Valery V. Gerasimov and Gen. Joe Dunford met again in Baku.`],
  ['file:///news/short.txt', 'Valeriy Gerasimov and Mark Milley spoke in Geneva.'],
  ['file:///news/seed-2.txt', 'Nothing of note happened.'],
  ['file:///news/header.txt', `${headerArticle}\nGerasimov returned to Moscow.`],
];

function check(c: Corpus): void {
  (c as unknown as { join: { checkConsistency(): void } }).join.checkConsistency();
}

describe('upsertRecordSliced', () => {
  it('gives the corpus upsertRecords gives, article after article, yielding between slices', async () => {
    const sync = new Corpus();
    const sliced = new Corpus();
    for (const [uri, text] of steps) {
      upsertRecords(sync, [entry(uri, text)], fail);
      let yielded = 0;
      let waiting = true;
      const count = () => {
        if (!waiting) return;
        yielded++;
        setImmediate(count);
      };
      setImmediate(count);
      await upsertRecordSliced(sliced, entry(uri, text), new TimeSlicer(undefined, 0));
      waiting = false;
      expect(yielded).toBeGreaterThan(1);
      check(sliced);
      expect(sliced.version).toBe(sync.version);
      expect(corpusAnswers(sliced, QUERIES)).toEqual(corpusAnswers(sync, QUERIES));
    }
    // Replacing articles put the other way round: their contributions are subtracted alike.
    for (const [uri, text] of steps.slice(0, 3)) {
      await upsertRecordSliced(sync, entry(uri, `${text}\nPresident Vladimir Putin flew to Baku.`), new TimeSlicer(undefined, 0));
      upsertRecords(sliced, [entry(uri, `${text}\nPresident Vladimir Putin flew to Baku.`)], fail);
      check(sync);
      expect(corpusAnswers(sliced, QUERIES)).toEqual(corpusAnswers(sync, QUERIES));
    }
  });

  it('answers from the corpus as it was until the article is all in', async () => {
    const corpus = new Corpus();
    for (const [uri, text] of steps.slice(0, 6)) upsertRecords(corpus, [entry(uri, text)], fail);
    const before = corpusAnswers(corpus, QUERIES);
    const [uri, text] = steps[6]!;
    let done = false;
    const put = upsertRecordSliced(corpus, entry(uri, text), new TimeSlicer(undefined, 0)).then(() => (done = true));
    let askedMeanwhile = 0;
    while (!done) {
      expect(corpusAnswers(corpus, QUERIES)).toEqual(before);
      askedMeanwhile++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await put;
    expect(askedMeanwhile).toBeGreaterThan(1);
    expect(corpusAnswers(corpus, QUERIES)).not.toEqual(before);
  });

  it('leaves the corpus as it was when aborted', async () => {
    const corpus = new Corpus();
    for (const [uri, text] of steps.slice(0, 6)) upsertRecords(corpus, [entry(uri, text)], fail);
    const before = corpusAnswers(corpus, QUERIES);
    const version = corpus.version;
    const controller = new AbortController();
    const put = upsertRecordSliced(corpus, entry(steps[6]![0], steps[6]![1]), new TimeSlicer(controller.signal, 0));
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('a newer edit'));
    await expect(put).rejects.toThrow('a newer edit');
    expect(corpus.version).toBe(version);
    check(corpus);
    expect(corpusAnswers(corpus, QUERIES)).toEqual(before);
  });
});
