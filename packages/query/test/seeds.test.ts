// The five seed articles, analysed by core, as one corpus: entity linking across articles
// against the gold annotations, related articles and search.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../src/corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = join(here, '..', '..', '..', 'seeds');

interface GoldMention {
  start: number;
  end: number;
  type: 'actor' | 'place' | 'date';
  id: string;
}
interface GoldDoc {
  id: string;
  file: string;
  entities: GoldMention[];
}

const gold: GoldDoc[] = readFileSync(join(here, 'fixtures', 'seeds.gold.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as GoldDoc);

/** Seed uri = the file's three-digit prefix ("000"). */
const uriOf = (file: string) => file.replace(/^.*\//, '').slice(0, 3);

function seedCorpus(order: readonly string[] = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))): Corpus {
  const c = new Corpus();
  for (const f of order) c.upsert(uriOf(f), readFileSync(join(SEEDS, f), 'utf8'));
  return c;
}

interface PairScores {
  precision: number;
  recall: number;
  f1: number;
  pairs: number;
}

/**
 * Pairwise linking across articles: over every pair of gold mentions in different files, "same
 * entity" by gold id against "same entity" by corpus id. A gold mention is matched to the
 * predicted mention with exactly its span; a gold mention without one counts as a corpus
 * entity of its own (so its gold pairs are misses); predicted mentions outside the gold set
 * take part in no pair.
 */
function crossArticleLinking(c: Corpus, type?: GoldMention['type']): PairScores {
  const mentions = gold.flatMap((doc) => {
    const predicted = new Map(c.mentionsIn(uriOf(doc.file)).map((m) => [`${m.mention.start}:${m.mention.end}`, m.entityId]));
    return doc.entities
      .filter((g) => type === undefined || g.type === type)
      .map((g, i) => ({ file: doc.file, gold: g.id, predicted: predicted.get(`${g.start}:${g.end}`) ?? `unmatched:${doc.file}:${i}` }));
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      if (a.file === b.file) continue;
      const same = a.gold === b.gold;
      const joined = a.predicted === b.predicted;
      if (same && joined) tp++;
      else if (joined) fp++;
      else if (same) fn++;
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), pairs: tp + fn };
}

describe('seeds', () => {
  let c: Corpus;
  beforeAll(() => {
    c = seedCorpus();
  });

  it('links mentions across articles as the gold does (pairwise F1 >= 0.85)', () => {
    const all = crossArticleLinking(c);
    const actors = crossArticleLinking(c, 'actor');
    console.log(
      `cross-article linking: all P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)} F1 ${all.f1.toFixed(3)} (${all.pairs} gold pairs); ` +
        `actors P ${actors.precision.toFixed(3)} R ${actors.recall.toFixed(3)} F1 ${actors.f1.toFixed(3)} (${actors.pairs} gold pairs)`,
    );
    expect(all.f1).toBeGreaterThanOrEqual(0.85);
    expect(actors.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('gives the same entities whatever order the articles arrive and leave in', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    const picture = (corpus: Corpus) => corpus.entities().map((e) => `${e.id} ${e.names.join('|')} ${e.articleCount}/${e.mentionCount}`);
    const expected = picture(c);
    const reversed = seedCorpus([...files].reverse());
    expect(picture(reversed)).toEqual(expected);
    // Remove two articles and add them back in another order.
    const shuffled = seedCorpus([files[2]!, files[4]!, files[0]!, files[3]!, files[1]!]);
    shuffled.remove(uriOf(files[0]!));
    shuffled.remove(uriOf(files[3]!));
    for (const f of [files[3]!, files[0]!]) shuffled.upsert(uriOf(f), readFileSync(join(SEEDS, f), 'utf8'));
    expect(picture(shuffled)).toEqual(expected);
  });

  it('relates the two reports of the Baku meeting to each other first', () => {
    const show = (uri: string) => c.related(uri).map((r) => `${r.uri} ${r.score.toFixed(4)}`);
    console.log(Object.fromEntries(c.uris().map((u) => [u, show(u)])));
    expect(c.related('001')[0]!.uri).toBe('000');
    expect(c.related('000')[0]!.uri).toBe('001');
  });

  it('ranks the short reports above the long digest for 004', () => {
    const ranked = c.related('004').map((r) => r.uri);
    const digest = ranked.indexOf('003');
    for (const uri of ['000', '001', '002']) expect(ranked.indexOf(uri)).toBeLessThan(digest);
  });

  it('explains related articles by shared entities', () => {
    const [top] = c.related('001');
    expect(top!.shared.map((s) => s.entityId)).toEqual(expect.arrayContaining(['person:joe-dunford', 'person:valery-gerasimov', 'place:baku']));
  });

  it('finds the articles with Gerasimov in Baku', () => {
    expect(c.search('actor:gerasimov place:baku').map((h) => h.uri).sort()).toEqual(['000', '001', '004']);
  });

  it('finds the hot line and the 2017 meeting', () => {
    expect(c.search('"hot line"').map((h) => h.uri)).toEqual(['000']);
    expect(c.search('date:2017-02 actor:dunford').map((h) => h.uri)).toEqual(['004']);
  });
});

describe('upsertMany on the seeds and on text recombined from them', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  const texts = files.map((f) => readFileSync(join(SEEDS, f), 'utf8'));

  /** Everything a reader of the corpus sees, as plain data. */
  const picture = (c: Corpus) => ({
    entities: c.entities().map((e) => `${e.id} ${e.kind ?? ''} ${e.names.join('|')} ${e.articleCount}/${e.mentionCount}`),
    mentions: c.uris().map((u) => `${u}: ${c.mentionsIn(u).map((m) => m.entityId).join(' ')}`),
    related: c.uris().map((u) => c.related(u).map((r) => `${r.uri} ${r.score.toFixed(9)}`)),
    search: ['"hot line"', 'military', '"the general staff"', 'actor:gerasimov -place:syria'].map((q) =>
      c.search(q).map((h) => `${h.uri} ${h.score.toFixed(9)}`),
    ),
  });

  it('indexes the seeds as upserting them one by one does', () => {
    const one = new Corpus();
    const many = new Corpus();
    const analyses = texts.map((t) => one.upsert(`seed:${texts.indexOf(t)}`, t).analysis);
    many.upsertMany(analyses.map((input, i) => ({ uri: `seed:${i}`, input })));
    expect(picture(many)).toEqual(picture(one));
  });

  it('indexes recombined articles, with replacements, as upserting them one by one does', () => {
    // Articles made of runs of paragraphs from different seeds: the same people appear with and
    // without their given names across articles, which is what the join has to decide.
    let state = 12345;
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/).filter((p) => p.trim().length > 0));
    const made = Array.from({ length: 30 }, () => {
      const start = random(paragraphs.length);
      const length = 1 + random(4);
      return [...paragraphs.slice(start, start + length), paragraphs[random(paragraphs.length)]!].join('\n\n');
    });
    const analysed = new Corpus();
    const analyses = made.map((t, i) => analysed.upsert(`gen:${i}`, t).analysis);
    // Later entries replace earlier articles under the same uri.
    const entries = analyses.map((input, i) => ({ uri: `gen:${i % 24}`, input }));
    const one = new Corpus();
    for (const e of entries) one.upsert(e.uri, e.input);
    const many = new Corpus();
    many.upsertMany(entries.slice(0, 10));
    many.upsertMany(entries.slice(10));
    expect(picture(many)).toEqual(picture(one));
    expect(many.version).toBe(one.version);
  });
});

