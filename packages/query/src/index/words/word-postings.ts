// The postings of one word of the full-text index: `doc * COUNT_SPAN + count`, ascending, in a
// growable typed array (4 bytes a posting, where ../postings.ts's number arrays take 8).
import { MAX_COUNT, docOf, searchPostings } from '../postings.js';

const COUNT_SPAN = MAX_COUNT + 1;

export interface WordPostings {
  items: Uint32Array;
  length: number;
}

export const EMPTY = new Uint32Array(0);

/** Adds `doc`, which must not be there, with its count (capped at MAX_COUNT). */
export function addPosting(postings: WordPostings, doc: number, count: number): void {
  const value = doc * COUNT_SPAN + Math.min(MAX_COUNT, count);
  const { length } = postings;
  if (length === postings.items.length) {
    const grown = new Uint32Array(Math.max(4, length + (length >> 1)));
    grown.set(postings.items);
    postings.items = grown;
  }
  const items = postings.items;
  // Articles mostly arrive with ever larger ids: append without searching.
  if (length === 0 || docOf(items[length - 1]!) < doc) {
    items[length] = value;
  } else {
    const at = -findPosting(postings, doc) - 1; // the article is not there (add removes it first)
    items.copyWithin(at + 1, at, length);
    items[at] = value;
  }
  postings.length = length + 1;
}

export function removePosting(postings: WordPostings, doc: number): void {
  const i = findPosting(postings, doc);
  if (i < 0) return;
  postings.items.copyWithin(i, i + 1, postings.length);
  postings.length--;
}

/** Index of `doc`'s posting, or -(insertion point) - 1. */
export const findPosting = (postings: WordPostings, doc: number): number => searchPostings(postings.items, postings.length, doc);
