import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { corpusView } from '../corpus-view.js';
import { editOf, PositionMap } from '../positions.js';
import { ARTICLES, fixture, uriOf } from '../test-fixtures.js';
import { entities, entityCount } from './entities.js';

const f = fixture();

describe('entities', () => {
  it('lists entities mentioned in most articles first, with their counts and first mention', () => {
    const { total, items } = entities(f.view, { limit: 1000 });
    expect(total).toBe(f.corpus.entities().length);
    expect(items).toHaveLength(total);
    const counts = items.map((e) => e.articleCount);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    const gerasimov = items.find((e) => e.name === 'Valery Gerasimov')!;
    expect(gerasimov).toMatchObject({ type: 'actor', kind: 'person', articleCount: 3 });
    expect(gerasimov.mentionCount).toBe(f.corpus.mentionsOf(gerasimov.id).length);
    // a is dated 16 Feb 2017 by the date in its text, b 1 Mar 2017 by its front matter: a is the earliest
    expect(gerasimov.first!.uri).toBe(uriOf('a'));
    expect(f.textOf('a', gerasimov.first!.range)).toMatch(/Gerasimov$/);
  });

  it('names dates in words and gives their value', () => {
    const dates = entities(f.view, { type: 'date', limit: 1000 }).items;
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.type === 'date')).toBe(true);
    expect(dates.find((d) => d.value === '2017-02-16')).toMatchObject({ name: '16 February 2017' });
  });

  it('pages through one type with limit and offset', () => {
    const all = entities(f.view, { type: 'place', limit: 1000 });
    expect(all.items.map((e) => e.type)).toEqual(all.items.map(() => 'place'));
    const pages = [0, 2, 4, 6, 8].map((offset) => entities(f.view, { type: 'place', limit: 2, offset }));
    expect(pages.every((p) => p.total === all.total)).toBe(true);
    expect(pages.flatMap((p) => p.items).map((e) => e.id)).toEqual(all.items.map((e) => e.id).slice(0, 10));
    expect(entities(f.view, { type: 'place', offset: all.total }).items).toEqual([]);
  });

  it('counts the entities again once the corpus changes', () => {
    const g = fixture({ a: ARTICLES['a']! });
    const before = entityCount(g.corpus);
    expect(before).toBe(entities(g.view).total);
    g.corpus.upsert(uriOf('c'), ARTICLES['c']!);
    expect(entityCount(g.corpus)).toBeGreaterThan(before);
    expect(entityCount(g.corpus)).toBe(g.corpus.entities().length);
  });

  it('has no first location while an edit not yet analysed covers that mention', () => {
    const text = f.texts['c']!;
    const document = TextDocument.create(uriOf('c'), 'plaintext', 1, text);
    const change = { range: { start: f.at('c', 'Paris'), end: f.at('c', 'Paris', { delta: 2 }) }, text: 'Lyon' };
    const edits = [editOf(document, change)];
    TextDocument.update(document, [change], 2);
    const view = corpusView(f.corpus, (uri) => (uri === uriOf('c') ? PositionMap.edited(document, edits) : undefined));
    const items = entities(view, { limit: 1000 }).items;
    expect(items.find((e) => e.name === 'Paris')?.first).toBeNull();
    expect(items.find((e) => e.name === 'Emmanuel Macron')?.first).not.toBeNull();
  });
});
