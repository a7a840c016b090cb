import { describe, expect, it } from 'vitest';
import { MAX_COUNT, addPosting, countOf, docOf, mergePostings, postingCount, removePosting } from './postings.js';

describe('postings', () => {
  it('keep documents sorted with their counts', () => {
    const p: number[] = [];
    for (const [doc, n] of [[5, 1], [2, 3], [9, 1], [5, 2]] as const) addPosting(p, doc, n);
    expect(p.map((x) => [docOf(x), countOf(x)])).toEqual([[2, 3], [5, 3], [9, 1]]);
    expect(postingCount(p, 5)).toBe(3);
    expect(postingCount(p, 4)).toBe(0);
    expect(removePosting(p, 5)).toBe(true);
    expect(removePosting(p, 5)).toBe(false);
    expect(p.map(docOf)).toEqual([2, 9]);
  });
  it('cap counts', () => {
    const p: number[] = [];
    addPosting(p, 1, MAX_COUNT + 50);
    addPosting(p, 1, 10);
    expect(postingCount(p, 1)).toBe(MAX_COUNT);
  });
  it('merge several lists, summing counts', () => {
    const a: number[] = [];
    const b: number[] = [];
    addPosting(a, 1, 1);
    addPosting(a, 4, 2);
    addPosting(b, 4, 5);
    addPosting(b, 7, 1);
    expect(mergePostings([a, b]).map((x) => [docOf(x), countOf(x)])).toEqual([[1, 1], [4, 7], [7, 1]]);
  });
});
