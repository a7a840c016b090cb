import { describe, expect, it } from 'vitest';
import { markedArticle } from '../../test/marked-article.js';
import { Corpus } from '../corpus.js';

describe('Corpus.articleDates', () => {
  const c = new Corpus();
  c.upsert('news/2019-12-18-bern.txt', 'Chiefs meet in Bern\nGerasimov met Milley in Bern on Wednesday.\n');
  c.upsert('baku.txt', 'Talks in Baku\nPublished: 16 February 2017\nGerasimov met Dunford in Baku on Thursday.\n');
  c.upsert('given.txt', markedArticle('{Sergey Lavrov|person} arrived in {Paris|city}.', { dct: '2021-09-10' }));
  c.upsert('undated.txt', 'Talks\nPutin spoke in 2010.\n');

  it("lists the dated articles by their own date, with where each date was found; undated ones are left out", () => {
    expect(c.articleDates().map((a) => [a.uri, a.dct, a.dctSource])).toEqual([
      ['baku.txt', '2017-02-16', 'header'],
      ['news/2019-12-18-bern.txt', '2019-12-18', 'file-name'],
      ['given.txt', '2021-09-10', 'option'],
    ]);
    expect(c.articleDates()[0]).toMatchObject({ title: 'Talks in Baku' });
    for (const a of c.articleDates()) expect(a.dctConfidence).toBeGreaterThan(0);
  });

  it('keeps to the articles of an entity or a query, as the timeline does', () => {
    expect(c.articleDates({ entityId: 'place:baku' }).map((a) => a.uri)).toEqual(['baku.txt']);
    expect(c.articleDates({ query: 'place:bern' }).map((a) => a.uri)).toEqual(['news/2019-12-18-bern.txt']);
    expect(c.articleDates({ entityId: 'person:nobody' })).toEqual([]);
  });

  it('takes a date given to upsert over the one the analysis found, as given', () => {
    const d = new Corpus();
    const found = new Corpus().upsert('baku.txt', 'Talks in Baku\nPublished: 16 February 2017\nThey met.\n').analysis;
    d.upsert('baku.txt', found, { dct: '2020-01-01' });
    expect(d.articleDates()).toEqual([{ uri: 'baku.txt', title: 'Talks in Baku', dct: '2020-01-01', dctSource: 'option', dctConfidence: 1 }]);
  });
});
