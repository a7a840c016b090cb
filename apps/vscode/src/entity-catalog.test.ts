import { describe, expect, it, vi } from 'vitest';
import type { SeedlensServer } from './client.js';
import { EntityCatalog, entityRecord, GROUP_LIMIT } from './entity-catalog.js';
import type { EntitiesParams, EntityItem } from './protocol.js';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 9 } });
const GERASIMOV: EntityItem = {
  id: 'person:valery-gerasimov',
  name: 'Valery Gerasimov',
  type: 'actor',
  kind: 'person',
  articleCount: 4,
  mentionCount: 18,
  first: { uri: 'file:///news/000.txt', range: range(3) },
};
const BERN: EntityItem = { id: 'place:bern', name: 'Bern', type: 'place', kind: 'city', articleCount: 1, mentionCount: 2, first: null };
const DATE: EntityItem = { id: 'date:2019-12-18', name: '18 December 2019', type: 'date', value: '2019-12-18', articleCount: 1, mentionCount: 1, first: { uri: 'file:///news/004.txt', range: range(7) } };

/** A server holding `items`, answering pages as the real one does (filtered by type, cut at limit). */
function serverOf(items: EntityItem[]) {
  return vi.fn(async ({ type, limit = 100, offset = 0 }: EntitiesParams) => {
    const matching = items.filter((e) => type === undefined || e.type === type);
    return { total: matching.length, items: matching.slice(offset, offset + limit) };
  });
}

describe('entityRecord', () => {
  it("keeps what the view shows and places the first mention in VS Code's types", () => {
    const record = entityRecord(GERASIMOV);
    expect(record).toMatchObject({ id: GERASIMOV.id, name: 'Valery Gerasimov', type: 'actor', kind: 'person', articles: 4, mentions: 18 });
    expect(record.location!.uri.toString()).toBe('file:///news/000.txt');
    expect(record.location!.range.start.line).toBe(3);
  });

  it('has no location when the server has none, and no kind for a date', () => {
    expect(entityRecord(BERN).location).toBeUndefined();
    expect('kind' in entityRecord(DATE)).toBe(false);
  });
});

describe('EntityCatalog', () => {
  it('asks for one page of each type, once until the corpus changes', async () => {
    const entities = serverOf([GERASIMOV, BERN, DATE]);
    const catalog = new EntityCatalog({ entities } as unknown as SeedlensServer);
    const changed = vi.fn();
    catalog.onDidChange(changed);
    const groups = await catalog.list();
    await catalog.list();
    expect(entities).toHaveBeenCalledTimes(3);
    expect(entities.mock.calls.map(([params]) => params)).toEqual([
      { type: 'actor', limit: GROUP_LIMIT },
      { type: 'place', limit: GROUP_LIMIT },
      { type: 'date', limit: GROUP_LIMIT },
    ]);
    expect(groups.map((g) => [g.type, g.total, g.entities.map((e) => e.name)])).toEqual([
      ['actor', 1, ['Valery Gerasimov']],
      ['place', 1, ['Bern']],
      ['date', 1, ['18 December 2019']],
    ]);
    catalog.invalidate();
    expect(changed).toHaveBeenCalledTimes(1);
    await catalog.list();
    expect(entities).toHaveBeenCalledTimes(6);
  });

  it('knows how many entities there are beyond the page', async () => {
    const many = Array.from({ length: GROUP_LIMIT + 5 }, (_, i): EntityItem => ({ ...BERN, id: `place:p${i}`, name: `P${i}` }));
    const catalog = new EntityCatalog({ entities: serverOf(many) } as unknown as SeedlensServer);
    const [, places] = await catalog.list();
    expect(places).toMatchObject({ total: GROUP_LIMIT + 5 });
    expect(places!.entities).toHaveLength(GROUP_LIMIT);
  });

  it('does not keep a failed answer', async () => {
    const working = serverOf([GERASIMOV]);
    const entities = vi.fn().mockRejectedValueOnce(new Error('not running')).mockImplementation(working);
    const catalog = new EntityCatalog({ entities } as unknown as SeedlensServer);
    await expect(catalog.list()).rejects.toThrow('not running');
    expect((await catalog.list())[0]!.entities).toHaveLength(1);
  });
});
