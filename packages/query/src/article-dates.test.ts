import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Corpus } from './corpus.js';
import { openCorpus } from './open-corpus.js';

// An article's date as core finds it (file name, header, text) is the date the corpus files it under.
const builtWorker = fileURLToPath(new URL('../dist/analyze-worker.js', import.meta.url));
const MEETING = 'Chiefs meet in Bern\nThe chiefs met in Bern on Wednesday and spoke of Syria.\n';
const HEADED = 'Talks in Baku\nPublished: 16 February 2017\nGerasimov met Dunford in Baku on Thursday. They last met back in October.\n';

describe('articles dated by what core finds', () => {
  it('dates an article by the date in its uri, and resolves its relative dates against it', () => {
    const corpus = new Corpus();
    const doc = corpus.upsert('news/2019-12-18-bern.txt', MEETING);
    expect(doc.analysis).toMatchObject({ dct: '2019-12-18', dctSource: 'file-name' });
    expect(corpus.timeline().map((e) => [e.mention.text, e.value, e.sortKey])).toEqual([['Wednesday', '2019-12-18', '2019-12-18']]);
  });

  it('places "back in October" in the year before an article of February, in the timeline and in date: queries', () => {
    const corpus = new Corpus();
    corpus.upsert('baku.txt', HEADED);
    expect(corpus.get('baku.txt')!.analysis).toMatchObject({ dct: '2017-02-16', dctSource: 'header' });
    expect(corpus.timeline().map((e) => [e.mention.text, e.value])).toEqual([
      ['October', '2016-10'],
      ['16 February 2017', '2017-02-16'],
      ['Thursday', '2017-02-16'],
    ]);
    expect(corpus.search('date:2016-10').map((h) => h.uri)).toEqual(['baku.txt']);
  });

  it('filters after: and before: by the article’s own date, found or given', () => {
    const corpus = new Corpus();
    corpus.upsert('2019-12-18-bern.txt', MEETING);
    corpus.upsert('baku.txt', HEADED);
    corpus.upsert('undated.txt', 'Talks\nThey met in 2010 and again in 2021.\n');
    expect(corpus.search('after:2018').map((h) => h.uri).sort()).toEqual(['2019-12-18-bern.txt', 'undated.txt']);
    expect(corpus.search('before:2018').map((h) => h.uri).sort()).toEqual(['baku.txt', 'undated.txt']);
    // A DCT given wins over the one found.
    corpus.upsert('baku.txt', HEADED, { dct: '2020-01-01' });
    expect(corpus.search('before:2018').map((h) => h.uri)).toEqual(['undated.txt']);
  });

  it('takes an entity’s first mention from the earliest dated article', () => {
    const corpus = new Corpus();
    corpus.upsert('a-late.txt', 'Talks\nPublished: 18 December 2019\nGerasimov spoke in Bern.\n');
    corpus.upsert('b-early.txt', 'Talks\nPublished: 16 February 2017\nGerasimov spoke in Baku.\n');
    const gerasimov = corpus.entities({ type: 'actor' }).find((e) => e.name === 'Gerasimov')!;
    expect(corpus.firstMention(gerasimov.id)?.uri).toBe('b-early.txt');
  });
});

describe('openCorpus and dates in paths', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seedlens-dates-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([0, 2])('gives the same text under two dated names two dates (workers: %i), cached apart', async (workers) => {
    mkdirSync(join(dir, 'news', '2019', '12', '18'), { recursive: true });
    const files = [join(dir, 'news', '2019', '12', '18', 'bern.txt'), join(dir, '2019-12-20-bern.txt'), join(dir, 'undated.txt')];
    for (const f of files) writeFileSync(f, MEETING);
    // Enough other files for workers to start.
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `other-${i}.txt`), `Other ${i}\nText number ${i} about Baku.\n`);
    const cacheDir = join(dir, '.cache');
    for (const round of [1, 2]) {
      const { corpus, fromCache } = await openCorpus([dir], { cacheDir, workers, workerScript: builtWorker });
      const dcts = files.map((f) => corpus.get(f)?.analysis.dct ?? null);
      expect(dcts).toEqual(['2019-12-18', '2019-12-20', null]);
      expect(corpus.get(files[0]!)!.analysis.mentions.find((m) => m.text === 'Wednesday')?.value).toBe('2019-12-18');
      expect(corpus.get(files[1]!)!.analysis.mentions.find((m) => m.text === 'Wednesday')?.value).toBe('2019-12-18');
      if (round === 2) expect(fromCache).toBe(23);
    }
  });
});
