import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { entityAt } from './entity-at.js';

const f = fixture();

describe('entityAt', () => {
  it('names the entity under the cursor, joined across articles', () => {
    const here = entityAt(f.view, uriOf('a'), f.at('a', 'Gerasimov said', { delta: 3 }));
    expect(here).toEqual({ id: here!.id, name: 'Valery Gerasimov', type: 'actor', kind: 'person' });
    expect(entityAt(f.view, uriOf('b'), f.at('b', 'Valeriy Gerasimov'))?.id).toBe(here!.id);
  });

  it('names a date in words, and counts a cursor touching the end of a mention', () => {
    expect(entityAt(f.view, uriOf('a'), f.at('a', 'Feb. 16, 2017', { delta: 'Feb. 16, 2017'.length }))).toMatchObject({
      type: 'date',
      name: '16 February 2017',
    });
  });

  it('answers null between mentions and for an article the corpus does not hold', () => {
    expect(entityAt(f.view, uriOf('a'), f.at('a', 'met Marine'))).toBeNull();
    expect(entityAt(f.view, uriOf('nope'), { line: 0, character: 0 })).toBeNull();
  });
});
