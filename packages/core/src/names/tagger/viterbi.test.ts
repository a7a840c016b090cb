import { describe, expect, it } from 'vitest';
import { ALLOWED, NAME_TYPES, O, TAG_COUNT, tagName, type NameType } from './labels.js';
import { seededRandom } from './perceptron.js';
import { viterbi } from './viterbi.js';

const T = TAG_COUNT;
const N = TAG_COUNT + 1;
const PARTS = { B: 0, I: 1, L: 2, U: 3 } as const;
const tag = (name: string): number => {
  if (name === 'O') return O;
  const [part, type] = name.split('-') as [keyof typeof PARTS, NameType];
  return 1 + 4 * NAME_TYPES.indexOf(type) + PARTS[part];
};

/** Emission rows from one `{ tag: score }` object per token; unlisted tags score `rest`. */
function emissionsOf(rows: Record<string, number>[], rest = 0): Float64Array {
  const e = new Float64Array(rows.length * T).fill(rest);
  rows.forEach((row, i) => {
    for (const [name, score] of Object.entries(row)) e[i * T + tag(name)] = score;
  });
  return e;
}

/** BILOU transitions: 0 where allowed, -Infinity where forbidden. */
const bilou = (): Float64Array => Float64Array.from(ALLOWED, (ok) => (ok ? 0 : -Infinity));

function decode(emissions: Float64Array, length: number, transitions: Float64Array): string[] {
  const out = new Uint8Array(length);
  viterbi(emissions, length, transitions, out, 0);
  return [...out].map(tagName);
}

const greedy = (emissions: Float64Array, length: number): number[] =>
  Array.from({ length }, (_, i) => {
    const row = emissions.subarray(i * T, (i + 1) * T);
    return row.indexOf(Math.max(...row));
  });

function pathScore(path: readonly number[], emissions: Float64Array, transitions: Float64Array): number {
  let s = transitions[T * N + path[0]!]! + transitions[path[path.length - 1]! * N + T]!;
  path.forEach((t, i) => {
    s += emissions[i * T + t]!;
    if (i > 0) s += transitions[path[i - 1]! * N + t]!;
  });
  return s;
}

describe('viterbi', () => {
  it('takes the best tag of each token where they make a valid sequence and transitions cost nothing', () => {
    const e = emissionsOf([{ 'U-place': 2 }, { O: 1 }, { 'B-person': 3 }, { 'L-person': 0.5 }]);
    expect(decode(e, 4, bilou())).toEqual(['U-place', 'O', 'B-person', 'L-person']);
  });

  it('weighs transition scores against emissions', () => {
    // Alone the second token would be O; a strong U-place → U-place transition outweighs it.
    const e = emissionsOf([{ 'U-place': 2 }, { O: 1, 'U-place': 0.5 }]);
    const transitions = bilou();
    expect(decode(e, 2, transitions)).toEqual(['U-place', 'O']);
    transitions[tag('U-place') * N + tag('U-place')] = 1;
    expect(decode(e, 2, transitions)).toEqual(['U-place', 'U-place']);
    // A run that may not start with O.
    transitions[T * N + O] = -Infinity;
    expect(decode(emissionsOf([{ O: 1 }]), 1, transitions)).not.toEqual(['O']);
  });

  it('never takes a forbidden transition where the best tags of each token would', () => {
    // Token by token: O, then L-person, which BILOU forbids after O. The best valid path opens the
    // name on the first token (1.5 + 3) rather than keep O and close nothing (2 + 0.5).
    const e = emissionsOf([{ O: 2, 'B-person': 1.5 }, { 'L-person': 3, 'U-person': 0.5 }]);
    const transitions = bilou();
    const [a, b] = greedy(e, 2);
    expect(ALLOWED[a! * N + b!]).toBe(0);
    expect(decode(e, 2, transitions)).toEqual(['B-person', 'L-person']);
  });

  it('neither starts with I or L nor ends a run inside a name', () => {
    // Best alone: I-organization on one token, which can neither start nor end a sequence.
    expect(decode(emissionsOf([{ 'I-organization': 5, 'U-organization': 1 }]), 1, bilou())).toEqual(['U-organization']);
    // Best alone: B-place, B-place. A run cannot end on B: B-place, L-place is the best valid path.
    expect(decode(emissionsOf([{ 'B-place': 3 }, { 'B-place': 3, 'L-place': 1 }]), 2, bilou())).toEqual(['B-place', 'L-place']);
  });

  it('finds the best-scoring valid path, as trying every path does', () => {
    const random = seededRandom(7);
    const length = 3;
    for (let round = 0; round < 20; round++) {
      const e = Float64Array.from({ length: length * T }, () => random() * 4 - 2);
      const transitions = Float64Array.from(ALLOWED, (ok) => (ok ? random() * 2 - 1 : -Infinity));
      let best = -Infinity;
      for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) for (let c = 0; c < T; c++) best = Math.max(best, pathScore([a, b, c], e, transitions));
      const out = new Uint8Array(length);
      viterbi(e, length, transitions, out, 0);
      expect(pathScore([...out], e, transitions)).toBeCloseTo(best, 9);
    }
  });

  it('writes only its own stretch of the output', () => {
    const out = new Uint8Array(6).fill(99);
    viterbi(emissionsOf([{ 'B-person': 2 }, { 'L-person': 2 }]), 2, bilou(), out, 3);
    expect([...out]).toEqual([99, 99, 99, tag('B-person'), tag('L-person'), 99]);
    viterbi(new Float64Array(0), 0, bilou(), out, 0);
    expect([...out]).toEqual([99, 99, 99, tag('B-person'), tag('L-person'), 99]);
  });

  it('decodes a long run after a short one (its buffers grow)', () => {
    const short = new Uint8Array(1);
    viterbi(emissionsOf([{ 'U-place': 1 }]), 1, bilou(), short, 0);
    expect([...short].map(tagName)).toEqual(['U-place']);
    const rows = Array.from({ length: 500 }, (_, i): Record<string, number> => (i % 2 === 0 ? { 'U-person': 1 } : { O: 1 }));
    const out = new Uint8Array(500);
    viterbi(emissionsOf(rows), 500, bilou(), out, 0);
    expect([...out].map(tagName)).toEqual(rows.map((r) => Object.keys(r)[0]));
  });
});
