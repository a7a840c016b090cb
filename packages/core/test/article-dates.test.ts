import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { datedArticles, valueAccuracy } from './dated-articles.js';

/*
 * The targets, on the folder of dated articles (test/dated-articles/): the DCT exact to
 * the day on at least 95% of the files, never a DCT on a file with no date evidence, and the
 * date values resolved against found DCTs within 0.03 of those resolved against the true ones.
 */
const articles = datedArticles();
const results = articles.map((a) => {
  const found = analyze(a.text, { path: a.path });
  const given = analyze(a.text, { dct: a.dct ?? 'none' });
  const dates = (x: typeof found) => x.mentions.filter((m) => m.type === 'date');
  return { article: a, found, foundValues: valueAccuracy(a.dates, dates(found)), givenValues: valueAccuracy(a.dates, dates(given)) };
});
const sum = (key: 'foundValues' | 'givenValues') => {
  const correct = results.reduce((n, r) => n + r[key].correct, 0);
  const total = results.reduce((n, r) => n + r[key].total, 0);
  return correct / total;
};

describe('article dates on the folder of dated articles', () => {
  it('holds at least 30 articles in every layout, some with no date at all', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    const layouts = new Set(articles.map((a) => a.dctSource));
    expect([...layouts].sort()).toEqual(['file-name', 'header', 'text', null].sort());
    expect(articles.filter((a) => a.dct === null).length).toBeGreaterThanOrEqual(5);
  });

  it('finds the date exact to the day on at least 95% of the files, from where it is written', () => {
    const exact = results.filter((r) => r.found.dct === r.article.dct);
    if (process.env.SEEDLENS_SCORES) {
      for (const r of results) console.log(`${r.article.path}\t${r.found.dct}\t${r.found.dctSource}\t${r.found.dctConfidence}\texpected ${r.article.dct}`);
      console.log(`DCT exact ${exact.length}/${results.length}; date values found ${sum('foundValues').toFixed(3)} given ${sum('givenValues').toFixed(3)}`);
    }
    expect(exact.length / results.length).toBeGreaterThanOrEqual(0.95);
    const sources = results.filter((r) => r.found.dct === r.article.dct && r.found.dctSource === r.article.dctSource);
    expect(sources.length / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never gives a DCT to a file with no date evidence', () => {
    for (const r of results.filter((x) => x.article.dct === null)) {
      expect({ path: r.article.path, dct: r.found.dct, dctSource: r.found.dctSource, dctConfidence: r.found.dctConfidence }).toEqual({ path: r.article.path, dct: null, dctSource: null, dctConfidence: 0 });
    }
  });

  it('resolves date values against found DCTs within 0.03 of the true DCTs', () => {
    expect(sum('givenValues')).toBeGreaterThanOrEqual(0.95);
    expect(sum('foundValues')).toBeGreaterThanOrEqual(sum('givenValues') - 0.03);
  });

  it('is surer of dates given or written in a header than of dates read from the text', () => {
    const mean = (source: string) => {
      const c = results.filter((r) => r.found.dctSource === source).map((r) => r.found.dctConfidence ?? 0);
      return c.reduce((a, b) => a + b, 0) / c.length;
    };
    expect(mean('file-name')).toBeGreaterThan(mean('text'));
    expect(mean('header')).toBeGreaterThan(mean('text'));
  });
});
