import { ALLOWED, TAG_COUNT } from './labels.js';

const T = TAG_COUNT;
const N = TAG_COUNT + 1;
// The tags that may precede each tag: BILOU forbids most pairs, and skipping them makes decoding
// about three times cheaper. Row b holds PREDECESSORS[b * T ..], PREDECESSOR_COUNT[b] of them.
const PREDECESSORS = new Uint8Array(T * T);
const PREDECESSOR_COUNT = new Uint8Array(T);
for (let b = 0; b < T; b++) for (let a = 0; a < T; a++) if (ALLOWED[a * N + b]) PREDECESSORS[b * T + PREDECESSOR_COUNT[b]!++] = a;

// Scratch buffers, grown as needed: decoding runs for every run of tokens of every article.
let back = new Uint8Array(0);
let scores = new Float64Array(T);
let next = new Float64Array(T);

/**
 * The best tag sequence for `length` tokens whose emission scores are rows of `emissions`
 * (T scores per token), under transition scores `transitions` ((T + 1)², row T = start,
 * column T = end). Only the transitions that BILOU allows (labels.ts: ALLOWED) are tried, whatever
 * `transitions` says of the others. Writes the tags into `out` from `outStart`.
 */
export function viterbi(emissions: Float64Array, length: number, transitions: Float64Array, out: Uint8Array, outStart: number): void {
  if (length === 0) return;
  if (back.length < length * T) back = new Uint8Array(Math.max(length * T, back.length * 2));
  for (let b = 0; b < T; b++) scores[b] = transitions[T * N + b]! + emissions[b]!;
  for (let i = 1; i < length; i++) {
    const row = i * T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      const count = PREDECESSOR_COUNT[b]!;
      for (let p = 0; p < count; p++) {
        const a = PREDECESSORS[b * T + p]!;
        const s = scores[a]! + transitions[a * N + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      next[b] = best + emissions[row + b]!;
      back[row + b] = arg;
    }
    const swap = scores;
    scores = next;
    next = swap;
  }
  let best = -Infinity;
  let arg = 0;
  for (let a = 0; a < T; a++) {
    const s = scores[a]! + transitions[a * N + T]!;
    if (s > best) {
      best = s;
      arg = a;
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    out[outStart + i] = arg;
    arg = back[i * T + arg]!;
  }
}
