import type { Token } from '../../segment/tokenize.js';
import type { TokenFeatures } from './features.js';
import { TAG_COUNT } from './labels.js';
import { forEachRun } from './segments.js';
import { MAX_HISTORY_FEATURES, TagHistory } from './tag-history.js';
import { viterbi } from './viterbi.js';

/** What decoding needs of a model: the trained one at run time, the one being trained in training. */
export interface Scorer {
  /** (T+1)² transition scores, -Infinity where forbidden. */
  readonly transitions: Float64Array;
  /** Adds the weights of features `ids[from..to)` to `out[row .. row + TAG_COUNT)`. */
  addScores(ids: Int32Array, from: number, to: number, out: Float64Array, row: number): void;
}

/** The features of one run of tokens as decoded: static ones and the history's, per token. */
export interface RunFeatures {
  ids: Int32Array;
  /** Token `start + i` has `ids[offsets[i] .. offsets[i + 1])`. */
  offsets: Int32Array;
}

// Scratch buffers, grown as needed: a run's features and its emission scores.
let emissions = new Float64Array(0);
let runIds = new Int32Array(1 << 10);
let runOffsets = new Int32Array(1 << 8);

/**
 * Tags an article run by run, in text order, each run reading the tags of the runs before it
 * (the history). `onRun`, if given, sees each run's features and tags before the history
 * records them: training updates the weights there, and may change nothing else.
 */
export function decodeArticle(tokens: readonly Token[], features: TokenFeatures, scorer: Scorer, onRun?: (start: number, end: number, run: RunFeatures, tags: Uint8Array) => void): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const history = new TagHistory();
  const { ids, offsets, codes } = features;
  forEachRun(tokens, features.eligible, (start, end) => {
    const length = end - start;
    const needed = offsets[end]! - offsets[start]! + length * MAX_HISTORY_FEATURES;
    if (runIds.length < needed) runIds = new Int32Array(Math.max(needed, runIds.length * 2));
    if (runOffsets.length < length + 1) runOffsets = new Int32Array(Math.max(length + 1, runOffsets.length * 2));
    let k = 0;
    for (let i = start; i < end; i++) {
      runOffsets[i - start] = k;
      for (let f = offsets[i]!; f < offsets[i + 1]!; f++) runIds[k++] = ids[f]!;
      k = history.features(codes[i]!, runIds, k);
    }
    runOffsets[length] = k;
    if (emissions.length < length * TAG_COUNT) emissions = new Float64Array(Math.max(length * TAG_COUNT, emissions.length * 2));
    emissions.fill(0, 0, length * TAG_COUNT);
    for (let i = 0; i < length; i++) scorer.addScores(runIds, runOffsets[i]!, runOffsets[i + 1]!, emissions, i * TAG_COUNT);
    viterbi(emissions, length, scorer.transitions, tags, start);
    onRun?.(start, end, { ids: runIds, offsets: runOffsets }, tags);
    history.record(codes, tags, start, end);
  });
  return tags;
}
