import { describe, expect, it } from 'vitest';
import { ARTICLES, fixture, uriOf } from '../test-fixtures.js';
import { definition } from './definition.js';

const f = fixture({
  a: ARTICLES['a']!,
  c: ARTICLES['c']!,
  d: ARTICLES['d']!,
  z: 'Reading list\n\nSee also:\ntalks in helsinki\nDunford goes to Helsinki\nGen. Joe Dunford is retiring.\n',
  b: ARTICLES['b']!,
});

describe('definition', () => {
  it('goes from any mention to the entity’s first mention in the corpus', () => {
    const [location, ...rest] = definition(f.view, uriOf('d'), f.at('d', 'Gerasimov arrived'))!;
    expect(rest).toEqual([]);
    expect(location!.uri).toBe(f.corpus.firstMention(f.corpus.mentionAt(uriOf('d'), 50)!.entityId)!.uri);
    const name = location!.uri.slice(-5, -4);
    expect(f.textOf(name, location!.range)).toMatch(/Gerasimov$/);
  });

  it('joins short and long forms across articles', () => {
    const fromShort = definition(f.view, uriOf('z'), f.at('z', 'Joe Dunford'))!;
    const fromLong = definition(f.view, uriOf('d'), f.at('d', 'Dunford goes'))!;
    expect(fromShort).toEqual(fromLong);
  });

  it('goes from a line naming another article to that article', () => {
    const [section] = definition(f.view, uriOf('z'), f.at('z', 'goes to'))!;
    expect(section!.uri).toBe(uriOf('d'));
    expect(section!.range.start.line).toBeGreaterThanOrEqual(f.at('d', 'Source: The Meridian').line);
    expect(section!.range.start.line).toBeLessThanOrEqual(f.at('d', 'Dunford goes').line);
    const [article] = definition(f.view, uriOf('z'), f.at('z', 'talks in'))!;
    expect(article).toEqual({ uri: uriOf('b'), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  });

  it('answers null elsewhere', () => {
    expect(definition(f.view, uriOf('z'), f.at('z', 'See also'))).toBeNull();
    expect(definition(f.view, uriOf('zz'), { line: 0, character: 0 })).toBeNull();
  });
});
