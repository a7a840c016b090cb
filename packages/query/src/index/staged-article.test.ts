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

// A long document (all the seeds, and lines of its own), edited as one edits: a name changed, a line
// added, a line taken out, a name's surface form changed, and back.
const LONG = 'file:///news/long.txt';
const longLines = [...seeds, 'General Valery Gerasimov met Admiral Pyotr Zhelnov in Baku on 3 March 2017.', 'Zhelnov spoke to NATO.'];
const longVersions = [
  longLines.join('\n'),
  longLines.join('\n').replace('Admiral Pyotr Zhelnov', 'Admiral Pyotr Zhelnin'),
  `${longLines.join('\n')}\nPresident Vladimir Putin flew to Baku with Ilkka Vormala.`,
  longLines.slice(1).join('\n'),
  longLines.join('\n').replace('General Valery Gerasimov', 'Gen. Valery V. Gerasimov'),
  longLines.join('\n'),
];
const LONG_QUERIES = [...QUERIES, 'zhelnov', 'zhelnin OR vormala', '"pyotr zhelnin"', 'putin'];

/** A corpus holding the first six articles of `steps`, indexed at once. */
function firstSix(): Corpus {
  const corpus = new Corpus();
  for (const [uri, text] of steps.slice(0, 6)) upsertRecords(corpus, [entry(uri, text)], fail);
  return corpus;
}

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
    const corpus = firstSix();
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

  it('gives the corpus upsertRecords gives for edits of a long document, most of whose names stay', async () => {
    const sync = firstSix();
    const sliced = firstSix();
    for (const text of longVersions) {
      upsertRecords(sync, [entry(LONG, text)], fail);
      await upsertRecordSliced(sliced, entry(LONG, text), new TimeSlicer(undefined, 0));
      check(sliced);
      expect(sliced.version).toBe(sync.version);
      expect(corpusAnswers(sliced, LONG_QUERIES)).toEqual(corpusAnswers(sync, LONG_QUERIES));
    }
  });

  it('gives the same corpus when other articles change while a long document is staged', async () => {
    const sync = firstSix();
    const sliced = firstSix();
    upsertRecords(sync, [entry(LONG, longVersions[0]!)], fail);
    upsertRecords(sliced, [entry(LONG, longVersions[0]!)], fail);
    // Between slices, another article comes and goes with words of its own and words of the edit:
    // word ids are given up and given again, and names shared with the edit appear and vanish.
    const other = ['file:///news/other.txt', `Vice-Admiral Ulrich Quenby visited Tromsø.\n${seeds[3]!.slice(0, 2000)}`] as const;
    const interleaved: Array<RecordEntry | string> = [];
    let done = false;
    const put = upsertRecordSliced(sliced, entry(LONG, longVersions[1]!), new TimeSlicer(undefined, 0)).then(() => (done = true));
    for (let i = 0; !done; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (done) break;
      if (i % 2 === 0) upsertRecords(sliced, [entry(other[0], other[1])], fail), interleaved.push(entry(other[0], other[1]));
      else sliced.remove(other[0]), interleaved.push(other[0]);
    }
    await put;
    expect(interleaved.length).toBeGreaterThan(2);
    // The same changes, in the order the sliced corpus saw them: the edit came in last.
    for (const change of interleaved) {
      if (typeof change === 'string') sync.remove(change);
      else upsertRecords(sync, [change], fail);
    }
    upsertRecords(sync, [entry(LONG, longVersions[1]!)], fail);
    check(sliced);
    expect(corpusAnswers(sliced, LONG_QUERIES)).toEqual(corpusAnswers(sync, LONG_QUERIES));
  });

  it('leaves the corpus as it was when aborted', async () => {
    const corpus = firstSix();
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

  it('gives up the words it gave ids to when aborted late', async () => {
    const wordId = (c: Corpus, word: string) => (c as unknown as { words: { ids: { idOf(w: string): number | undefined } } }).words.ids.idOf(word);
    const build = () => {
      const corpus = firstSix();
      return corpus;
    };
    const edited = entry(LONG, longVersions[2]!);
    // How many turns of the event loop the whole of it takes.
    let turns = 0;
    const counted = build();
    let done = false;
    const put = upsertRecordSliced(counted, edited, new TimeSlicer(undefined, 0)).then(() => (done = true));
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      turns++;
    }
    await put;
    expect(wordId(counted, 'vormala')).toBeDefined();
    // Aborted in its last turns, while its words are given ids.
    for (let at = turns - 3; at < turns; at++) {
      const corpus = build();
      const before = corpusAnswers(corpus, LONG_QUERIES);
      const controller = new AbortController();
      const aborted = upsertRecordSliced(corpus, edited, new TimeSlicer(controller.signal, 0));
      for (let i = 0; i < at; i++) await new Promise((resolve) => setImmediate(resolve));
      controller.abort(new Error('a newer edit'));
      await expect(aborted).rejects.toThrow('a newer edit');
      expect(wordId(corpus, 'vormala')).toBeUndefined();
      expect(corpusAnswers(corpus, LONG_QUERIES)).toEqual(before);
      check(corpus);
    }
  });
});
