import { analyze } from '@seedlens/core';
import { describe, expect, it } from 'vitest';
import { StringTable, VarintWriter } from '../records/analysis-record.js';
import { type ArticleIndex, articleFacts, decodeArticleIndex, encodeArticleIndex, transcodeArticleIndex } from './article-index.js';
import { foldedWords } from '../text/text-fold.js';
import { headerArticle, seeds } from '../../test/seed-texts.js';

/** A decoded index with its words as strings, in order (whatever table holds them). */
function readable(index: ArticleIndex | undefined) {
  if (!index) return undefined;
  const { strings, refs, tokens } = index.words;
  const { words: _, ...facts } = index;
  return { facts, words: Array.from(tokens, (t) => strings[refs[t]!]) };
}

describe('article index records', () => {
  it.each([headerArticle, ...seeds.slice(0, 2)].map((text, i) => [i, text] as const))('hold what the corpus derives from an analysis (text %i)', (_, text) => {
    const analysis = analyze(text);
    const decoded = readable(decodeArticleIndex(encodeArticleIndex(analysis)));
    expect(decoded?.facts).toEqual(articleFacts(analysis));
    expect(decoded?.words).toEqual(foldedWords(text));
  });

  it('keep the title, the dated span and the kinds of the article', () => {
    const facts = decodeArticleIndex(encodeArticleIndex(analyze(headerArticle)))!;
    expect(facts.title).toBe('Talks in Baku');
    expect(facts.span).not.toBeNull();
    expect(facts.span!.lo).toBeLessThanOrEqual(facts.span!.hi);
    expect(facts.kinds).toBeGreaterThan(0);
    expect(facts.mentionKey.length).toBe(analyze(headerArticle).mentions.length);
  });

  it('read the same after being rewritten onto another string table', () => {
    const record = encodeArticleIndex(analyze(seeds[0]!));
    const table = new StringTable();
    table.id('something else first');
    const out = new VarintWriter();
    transcodeArticleIndex(record, table, out);
    expect(readable(decodeArticleIndex({ strings: table.strings, bytes: out.take() }))).toEqual(readable(decodeArticleIndex(record)));
  });

  it('decode to undefined when damaged, never throwing', () => {
    const { strings, bytes } = encodeArticleIndex(analyze(headerArticle));
    const damaged = [
      { strings, bytes: bytes.subarray(0, bytes.length - 3) },
      { strings, bytes: Uint8Array.from([...bytes, 0]) },
      { strings: strings.slice(0, 2), bytes },
      { strings, bytes: new Uint8Array([0, 0, 0, 1, 0]) },
    ];
    for (const record of damaged) expect(decodeArticleIndex(record)).toBeUndefined();
    expect(() => transcodeArticleIndex(damaged[0]!, new StringTable(), new VarintWriter())).toThrow();
  });
});
