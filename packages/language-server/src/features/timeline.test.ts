import { QuerySyntaxError } from '@seedlens/query';
import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { timeline } from './timeline.js';

const f = fixture();
const nameOf = (uri: string) => uri.slice(-5, -4);

describe('timeline', () => {
  it('lists the dated mentions in time order, each with its text and the actors and places of its sentence', () => {
    const items = timeline(f.view);
    expect(items.length).toBeGreaterThan(2);
    const keys = items.map((i) => i.sortKey);
    expect(keys).toEqual([...keys].sort());
    for (const item of items) expect(f.textOf(nameOf(item.uri), item.range)).toBe(item.text);
    const talks = items.find((i) => i.value === '2017-02-16')!;
    expect(talks).toMatchObject({ uri: uriOf('a'), text: 'Feb. 16, 2017', label: '16 February 2017', sortKey: '2017-02-16', approximate: false });
    expect(talks.with.map((w) => w.name)).toEqual(expect.arrayContaining(['Valery Gerasimov', 'Baku']));
    expect(talks.with.find((w) => w.name === 'Baku')).toMatchObject({ type: 'place', id: expect.any(String) });
  });

  it("places an article's relative dates by the date found in its header or file name, as exact days", () => {
    const dated = fixture({
      h: 'Chiefs meet in Bern\nPublished: 18 December 2019\nThe chiefs met on Wednesday, as they had back in October.\n',
      n: 'Chiefs meet\nThe chiefs will meet again on Friday.\n',
    });
    const items = timeline(dated.view).map((i) => [nameOf(i.uri), i.text, i.sortKey, i.approximate]);
    expect(items).toEqual([
      ['h', 'October', '2019-10-01', false],
      ['h', '18 December 2019', '2019-12-18', false],
      ['h', 'Wednesday', '2019-12-18', false],
      ['n', 'Friday', 'XXXX-WXX-5', true],
    ]);
  });

  it('flags values without a year as approximate', () => {
    const tuesday = timeline(f.view).find((i) => i.text === 'Tuesday')!;
    expect(tuesday.approximate).toBe(true);
  });

  it('keeps the articles of one entity, by id or by a position on one of its mentions', () => {
    const byPosition = timeline(f.view, { uri: uriOf('c'), position: f.at('c', 'Macron stayed') });
    expect(byPosition.map((i) => i.text)).toEqual(['Tuesday']);
    const id = f.corpus.mentionAt(uriOf('c'), f.texts['c']!.indexOf('Macron stayed'))!.entityId;
    expect(timeline(f.view, { entityId: id })).toEqual(byPosition);
  });

  it('is empty for a position on no entity and for an unknown entity', () => {
    expect(timeline(f.view, { uri: uriOf('a'), position: f.at('a', 'met Marine') })).toEqual([]);
    expect(timeline(f.view, { entityId: 'person:nobody' })).toEqual([]);
  });

  it('keeps the articles a query matches, and rejects a malformed query', () => {
    const items = timeline(f.view, { query: 'place:helsinki' });
    expect(new Set(items.map((i) => nameOf(i.uri)))).toEqual(new Set(['b', 'd']));
    expect(() => timeline(f.view, { query: 'after:' })).toThrow(QuerySyntaxError);
  });

  it('stops at the limit, earliest first', () => {
    const all = timeline(f.view);
    expect(timeline(f.view, { limit: 2 })).toEqual(all.slice(0, 2));
  });
});
