import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { references } from './references.js';

const f = fixture();

describe('references', () => {
  it('lists every mention of the entity in the corpus, by article then position', () => {
    const locations = references(f.view, uriOf('b'), f.at('b', 'Gerasimov said'))!;
    const found = locations.map((l) => `${l.uri.slice(-5, -4)}:${f.textOf(l.uri.slice(-5, -4), l.range)}`);
    expect(found).toEqual([
      'a:Valery Gerasimov',
      'a:Gerasimov',
      'b:Valeriy Gerasimov',
      'b:Gerasimov',
      'd:Gerasimov',
      'd:Valery Gerasimov',
    ]);
  });

  it('leaves out the first mention when the declaration is not wanted', () => {
    const all = references(f.view, uriOf('a'), f.at('a', 'Gerasimov said'))!;
    const some = references(f.view, uriOf('a'), f.at('a', 'Gerasimov said'), { includeDeclaration: false })!;
    expect(some.length).toBe(all.length - 1);
    const first = f.corpus.firstMention(f.corpus.mentionAt(uriOf('a'), f.texts['a']!.indexOf('Gerasimov said'))!.entityId)!;
    const declaration = { uri: first.uri, range: f.view.positions(first.uri)!.range(first.mention.start, first.mention.end) };
    expect(all).toContainEqual(declaration);
    expect(some).not.toContainEqual(declaration);
  });

  it('stops when cancelled', () => {
    const many = fixture(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`n${i}`, `Gen. Valery Gerasimov spoke in Baku on day ${i}.`])));
    expect(references(many.view, uriOf('n0'), many.at('n0', 'Baku'), { token: { isCancellationRequested: true } })).toBeUndefined();
    expect(references(many.view, uriOf('n0'), many.at('n0', 'Baku'))).toHaveLength(300);
  });

  it('answers null off a mention or for an unknown article', () => {
    expect(references(f.view, uriOf('a'), f.at('a', 'Generals'))).toBeNull();
    expect(references(f.view, uriOf('nope'), { line: 0, character: 0 })).toBeNull();
  });
});
