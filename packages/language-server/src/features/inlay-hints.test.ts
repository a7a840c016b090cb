import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { inlayHints } from './inlay-hints.js';

const f = fixture();
const everywhere = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };

describe('inlayHints', () => {
  it('resolves relative dates against the article’s date, after the date', () => {
    const hints = inlayHints(f.view, uriOf('b'), everywhere)!;
    expect(hints.map((h) => h.label)).toEqual(['= February 2017']);
    expect(hints[0]!.position).toEqual(f.at('b', 'last month', { delta: 'last month'.length }));
    expect(hints[0]!.tooltip).toContain('2017-03-01');
  });

  it('gives no hint for dates written out, nor without an article date', () => {
    expect(inlayHints(f.view, uriOf('a'), everywhere)).toEqual([]);
    expect(inlayHints(f.view, uriOf('c'), everywhere)).toEqual([]);
  });

  it('keeps to the requested range', () => {
    expect(inlayHints(f.view, uriOf('b'), { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } })).toEqual([]);
  });

  it('answers null for an unknown article', () => {
    expect(inlayHints(f.view, uriOf('nope'), everywhere)).toBeNull();
  });
});
