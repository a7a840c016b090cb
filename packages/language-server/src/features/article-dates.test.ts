import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { articleDates } from './article-dates.js';

const dated = fixture({
  h: 'Chiefs meet in Bern\nPublished: 18 December 2019\nGerasimov met Milley in Bern on Wednesday.\n',
  f: '---\ntitle: Talks in Helsinki\ndate: 2017-03-01\n---\nGerasimov met Dunford in Helsinki.\n',
  n: 'Chiefs meet\nThe chiefs will meet again on Friday in Baku.\n',
});

describe('articleDates', () => {
  it("lists the dated articles by their own date, in words, with where each date was found", () => {
    expect(articleDates(dated.view)).toEqual([
      { uri: uriOf('f'), label: 'f', title: 'Talks in Helsinki', dct: '2017-03-01', dctLabel: '1 March 2017', dctSource: 'front-matter', dctConfidence: 1 },
      { uri: uriOf('h'), label: 'h', title: 'Chiefs meet in Bern', dct: '2019-12-18', dctLabel: '18 December 2019', dctSource: 'header', dctConfidence: expect.any(Number) },
    ]);
  });

  it('keeps to the articles of the entity at a position, of an entity id, or of a query; at most `limit`', () => {
    expect(articleDates(dated.view, { uri: uriOf('h'), position: dated.at('h', 'Milley') }).map((a) => a.label)).toEqual(['h']);
    expect(articleDates(dated.view, { uri: uriOf('h'), position: dated.at('h', 'Chiefs meet in Bern', { delta: 3 }) })).toEqual([]);
    expect(articleDates(dated.view, { query: 'place:helsinki' }).map((a) => a.label)).toEqual(['f']);
    expect(articleDates(dated.view, { entityId: 'place:baku' })).toEqual([]);
    expect(articleDates(dated.view, { limit: 1 }).map((a) => a.label)).toEqual(['f']);
  });
});
