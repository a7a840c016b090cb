import { type Analysis, analyze } from '@seedlens/core';
import { describe, expect, it } from 'vitest';
import { corpusAnswers } from '../test/corpus-answers.js';
import { markedArticle } from '../test/marked-article.js';
import { headerArticle, seeds } from '../test/seed-texts.js';
import { analysisResult } from './analysis/article-records.js';
import { Corpus, upsertRecords } from './corpus.js';

describe('Corpus: articles', () => {
  it('adds, replaces and removes articles, counting versions', () => {
    const c = new Corpus();
    expect([c.size, c.version]).toEqual([0, 0]);
    const doc = c.upsert('file:///b.txt', 'Valery Gerasimov met Joe Dunford in Baku.');
    expect(doc.uri).toBe('file:///b.txt');
    expect(doc.analysis.mentions.length).toBeGreaterThan(0);
    c.upsert('file:///a.txt', 'Dunford spoke.');
    expect(c.uris()).toEqual(['file:///a.txt', 'file:///b.txt']);
    expect([c.size, c.version]).toEqual([2, 2]);
    c.upsert('file:///a.txt', 'Nobody spoke.');
    expect([c.size, c.version]).toEqual([2, 3]);
    expect(c.has('file:///a.txt')).toBe(true);
    expect(c.remove('file:///a.txt')).toBe(true);
    expect(c.remove('file:///a.txt')).toBe(false);
    expect([c.size, c.version]).toEqual([1, 4]);
    expect(c.get('file:///a.txt')).toBeUndefined();
  });

  it('analyses text with the given DCT, or with a custom analyzer', () => {
    const c = new Corpus();
    expect(c.upsert('a', 'He arrived today.', { dct: '2021-09-10' }).analysis.dct).toBe('2021-09-10');
    const calls: string[] = [];
    const custom = new Corpus({
      analyze: (text) => {
        calls.push(text);
        return markedArticle('{Joe Dunford|person}');
      },
    });
    custom.upsert('x', 'anything');
    expect(calls).toEqual(['anything']);
    expect(custom.entity('person:joe-dunford')?.articleCount).toBe(1);
  });

  it('titles articles by front matter, first section, else file name', () => {
    const c = new Corpus();
    expect(c.upsert('a', '---\ntitle: Talks in Baku\n---\nText.').title).toBe('Talks in Baku');
    expect(c.upsert('b', 'First line\nSecond line').title).toBe('First line');
    const empty = markedArticle('');
    expect(c.upsert('dir/c%20d.txt', { ...empty, source: { ...empty.source, sections: [] } }).title).toBe('c d.txt');
  });

  it('gives documents of three fields, the analysis read when asked, whether given or kept as a record', () => {
    const corpus = new Corpus();
    const given = corpus.upsert('a.txt', headerArticle);
    const text = seeds[0]!;
    upsertRecords(corpus, [{ uri: 'b.txt', ...analysisResult(analyze(text)), text }], (_, error) => {
      throw error;
    });
    const kept = corpus.get('b.txt')!;
    for (const doc of [given, kept]) {
      expect(Object.keys(doc)).toEqual(['uri', 'analysis', 'title']);
      expect({ ...doc }).toEqual({ uri: doc.uri, analysis: doc.analysis, title: doc.title });
      expect(Object.keys(JSON.parse(JSON.stringify(doc)))).toEqual(['uri', 'analysis', 'title']);
    }
    expect(kept.analysis).toEqual(analyze(text));
    expect(kept.analysis).toBe(kept.analysis);
  });

  it('rejects what is neither text nor an analysis', () => {
    const c = new Corpus();
    expect(() => c.upsert('a', { nope: true } as unknown as Analysis)).toThrow(TypeError);
    expect(() => c.upsert('', 'text')).toThrow(TypeError);
    expect(c.size).toBe(0);
  });

  it('sorts the mentions of an analysis given out of order', () => {
    const a = markedArticle('{Joe Dunford|person} in {Baku|city}');
    const c = new Corpus();
    c.upsert('a', { ...a, mentions: [...a.mentions].reverse() });
    expect(c.mentionsIn('a').map((m) => m.mention.text)).toEqual(['Joe Dunford', 'Baku']);
  });
});

describe('Corpus: entities and mentions', () => {
  const c = new Corpus();
  c.upsert('b', markedArticle('{Valery Gerasimov|person} met {Joe Dunford|person} in {Baku|city}. {Gerasimov|person=Valery Gerasimov} smiled.'));
  c.upsert('a', markedArticle('{Gerasimov|person} warned {Dunford|person}.', { dct: '2017-02-20' }));
  c.upsert('c', markedArticle('{Dunford|person} in {Baku|city} and {Syria|country}.'));

  it('lists entities, most articles first, filtered by type or kind', () => {
    expect(c.entities().map((e) => e.id)).toEqual(['person:joe-dunford', 'person:valery-gerasimov', 'place:baku', 'place:syria']);
    expect(c.entities({ type: 'place' }).map((e) => e.id)).toEqual(['place:baku', 'place:syria']);
    expect(c.entities({ kind: 'country' }).map((e) => e.id)).toEqual(['place:syria']);
    expect(c.entity('person:valery-gerasimov')).toMatchObject({ articleCount: 2, mentionCount: 3, names: ['Valery Gerasimov', 'Gerasimov'] });
    expect(c.entity('person:gerasimov')).toBeUndefined();
  });

  it('gives mentions with corpus ids, by article, offset and entity', () => {
    const inA = c.mentionsIn('a');
    expect(inA.map((m) => [m.mention.text, m.mention.entityId, m.entityId])).toEqual([
      ['Gerasimov', 'person:gerasimov', 'person:valery-gerasimov'],
      ['Dunford', 'person:dunford', 'person:joe-dunford'],
    ]);
    expect(c.mentionsIn('nope')).toEqual([]);
    expect(c.mentionsOf('person:valery-gerasimov').map((m) => `${m.uri}:${m.mention.start}`)).toEqual(['a:0', 'b:0', 'b:42']);
    expect(c.mentionsOf('person:nobody')).toEqual([]);
    expect(c.mentionsOf('person:valery-gerasimov', { limit: 2 }).map((m) => `${m.uri}:${m.mention.start}`)).toEqual(['a:0', 'b:0']);
  });

  it('finds the mention at an offset, its end included', () => {
    expect(c.mentionAt('a', 0)?.entityId).toBe('person:valery-gerasimov');
    expect(c.mentionAt('a', 9)?.mention.text).toBe('Gerasimov');
    expect(c.mentionAt('a', 10)).toBeUndefined();
    expect(c.mentionAt('a', 17)?.mention.text).toBe('Dunford');
    expect(c.mentionAt('a', -1)).toBeUndefined();
    expect(c.mentionAt('nope', 0)).toBeUndefined();
  });

  it('gives the first mention in the earliest article (dated ones first)', () => {
    expect(c.firstMention('person:valery-gerasimov')).toMatchObject({ uri: 'a', mention: { start: 0 } });
    expect(c.firstMention('place:baku')).toMatchObject({ uri: 'b' });
    expect(c.firstMention('person:nobody')).toBeUndefined();
  });

  it('lists the articles of an entity, most mentions first', () => {
    expect(c.articlesFor('person:valery-gerasimov').map((h) => [h.uri, h.score])).toEqual([['b', 2], ['a', 1]]);
    expect(c.articlesFor('person:joe-dunford', { limit: 1 })).toHaveLength(1);
    expect(c.articlesFor('person:nobody')).toEqual([]);
  });

  it('forgets everything about a removed article', () => {
    const d = new Corpus();
    d.upsert('x', markedArticle('{Joe Dunford|person} said "hot line" in {2017|date}.'));
    d.remove('x');
    expect(d.entities()).toEqual([]);
    expect(d.search('"hot line" OR actor:dunford OR date:2017')).toEqual([]);
    expect(d.timeline()).toEqual([]);
  });
});

describe('Corpus: upsertMany', () => {
  const articles = {
    a: markedArticle('{Gerasimov|person} warned {Dunford|person} about {Syria|country}.'),
    b: markedArticle('{Valery Gerasimov|person} met {Joe Dunford|person} in {Baku|city} in {2017|date}.'),
    c: markedArticle('{Valeriy Gerasimov|person} spoke of the hot line.'),
  };
  const picture = (c: Corpus) => ({
    entities: c.entities().map((e) => `${e.id} ${e.names.join('|')} ${e.articleCount}/${e.mentionCount}`),
    mentions: c.uris().map((u) => c.mentionsIn(u).map((m) => m.entityId)),
    search: c.search('actor:gerasimov OR "hot line"').map((h) => `${h.uri} ${h.score.toFixed(6)}`),
    version: c.version,
  });

  it('gives what upserting one by one gives, replacements included', () => {
    const one = new Corpus();
    const many = new Corpus();
    const entries = [
      { uri: 'a', input: articles.a },
      { uri: 'b', input: articles.b },
      { uri: 'a', input: articles.c },
      { uri: 'c', input: articles.a },
    ];
    for (const e of entries) one.upsert(e.uri, e.input);
    expect(many.upsertMany(entries).map((d) => d.uri)).toEqual(['a', 'b', 'a', 'c']);
    expect(picture(many)).toEqual(picture(one));
    // The three spellings of Gerasimov are one entity across the three articles.
    expect(many.findEntities('gerasimov').map((e) => e.articleCount)).toEqual([3]);
  });

  it('reports a failing entry to onError and indexes the others', () => {
    const c = new Corpus();
    const errors: string[] = [];
    const bad = { uri: 'bad', input: { nope: true } as unknown as Analysis };
    const docs = c.upsertMany([{ uri: 'a', input: articles.a }, bad, { uri: 'b', input: articles.b }], { onError: (e) => errors.push(e.uri) });
    expect(docs.map((d) => d.uri)).toEqual(['a', 'b']);
    expect(errors).toEqual(['bad']);
    expect(c.uris()).toEqual(['a', 'b']);
    expect(c.entity('person:valery-gerasimov')?.articleCount).toBe(2);
  });

  it('without onError throws the first failure, keeping the entries before it settled', () => {
    const c = new Corpus();
    expect(() => c.upsertMany([{ uri: 'b', input: articles.b }, { uri: '', input: articles.a }, { uri: 'c', input: articles.c }])).toThrow(TypeError);
    expect(c.uris()).toEqual(['b']);
    expect(c.entity('person:valery-gerasimov')?.articleCount).toBe(1);
  });
});

describe('articles indexed from records (as openCorpus does)', () => {
  const texts = [headerArticle, ...seeds];
  const uri = (i: number) => `file:///a/${i}.txt`;
  const entries = texts.map((text, i) => ({ uri: uri(i), text, ...analysisResult(analyze(text)) }));

  const answers = (c: Corpus) => corpusAnswers(c, ['gerasimov', 'place:baku', '"hot line"', 'after:2017-01 before:2018']);

  function fromAnalyses(): Corpus {
    const c = new Corpus();
    c.upsertMany(texts.map((text, i) => ({ uri: uri(i), input: analyze(text) })));
    return c;
  }

  it('answers as a corpus of the analyses, and rebuilds each analysis on demand', () => {
    const c = new Corpus();
    upsertRecords(c, entries, (_, error) => {
      throw error;
    });
    expect(answers(c)).toEqual(answers(fromAnalyses()));
    texts.forEach((text, i) => expect(c.get(uri(i))?.analysis).toEqual(analyze(text)));
  });

  it('stays incremental: replacing and removing such articles matches doing it to the analyses', () => {
    const c = new Corpus();
    upsertRecords(c, entries, () => undefined);
    const expected = fromAnalyses();
    for (const corpus of [c, expected]) {
      corpus.upsert(uri(1), seeds[2]!);
      expect(corpus.remove(uri(3))).toBe(true);
    }
    expect(answers(c)).toEqual(answers(expected));
    (c as unknown as { join: { checkConsistency(): void } }).join.checkConsistency();
  });

  it('derives the index again from the analysis when the index record is damaged', () => {
    const c = new Corpus();
    const damaged = entries.map((e, i) => (i === 1 ? { ...e, index: { strings: [], bytes: new Uint8Array([9]) } } : e));
    upsertRecords(c, damaged, (_, error) => {
      throw error;
    });
    expect(answers(c)).toEqual(answers(fromAnalyses()));
  });

  it('refuses a record that does not fit its text, and indexes the others', () => {
    const c = new Corpus();
    const failed: string[] = [];
    upsertRecords(c, [{ ...entries[0]!, text: 'too short' }, entries[1]!], (entry, error) => failed.push(`${entry.uri}: ${(error as Error).message}`));
    expect(failed).toEqual([`${uri(0)}: a damaged analysis record`]);
    expect(c.uris()).toEqual([uri(1)]);
  });
});
