import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { relatedArticles } from './related-articles.js';

const f = fixture();

describe('relatedArticles', () => {
  it('ranks the articles that share entities, with scores and the shared entities', () => {
    const related = relatedArticles(f.view, uriOf('a'))!;
    expect(related.map((r) => r.uri)).toEqual(expect.arrayContaining([uriOf('b'), uriOf('d')]));
    expect(related.map((r) => r.uri)).not.toContain(uriOf('a'));
    const scores = related.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const b = related.find((r) => r.uri === uriOf('b'))!;
    expect(b).toMatchObject({ label: 'b', title: 'Talks in Helsinki' });
    expect(b.shared.map((s) => s.name)).toContain('Valery Gerasimov');
  });

  it('honours the limit and answers null for an unknown article', () => {
    expect(relatedArticles(f.view, uriOf('a'), { limit: 1 })).toHaveLength(1);
    expect(relatedArticles(f.view, uriOf('nope'))).toBeNull();
  });
});
