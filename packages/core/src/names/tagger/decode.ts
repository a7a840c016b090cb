import type { Token } from '../../segment/tokenize.js';
import type { TokenFeatures } from './features.js';
import { TAG_COUNT } from './labels.js';
import { forEachRun } from './segments.js';
import { MAX_HISTORY_FEATURES, TagHistory } from './tag-history.js';
import { viterbi } from './viterbi.js';

/** The history features of the tokens of one run: token `start + i` has `ids[offsets[i] .. offsets[i + 1])`. */
export interface RunHistory {
  ids: Int32Array;
  offsets: Int32Array;
}

/** What decoding needs of a model: the trained one at run time, the one being trained in training. */
export interface Scorer {
  /** (T+1)² transition scores, -Infinity where forbidden. */
  readonly transitions: Float64Array;
  /** Writes the emission scores of tokens `start..end` (TAG_COUNT per token) into `out` from 0. */
  emissions(features: TokenFeatures, start: number, end: number, history: RunHistory, out: Float64Array): void;
}

// Scratch buffers, grown as needed: a run's history features and its emission scores.
let emissions = new Float64Array(0);
const run: RunHistory = { ids: new Int32Array(1 << 10), offsets: new Int32Array(1 << 8) };

/**
 * Tags an article run by run, in text order, each run reading the tags of the runs before it
 * (the history). `onRun`, if given, sees each run's history features and tags before the history
 * records them: training updates the weights there, and may change nothing else. The buffers it
 * is given are reused for the next run: they hold only during the call.
 */
export function decodeArticle(tokens: readonly Token[], features: TokenFeatures, scorer: Scorer, onRun?: (start: number, end: number, history: RunHistory, tags: Uint8Array) => void): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const history = new TagHistory();
  const { lower, capital } = features;
  forEachRun(tokens, features.eligible, (start, end) => {
    const length = end - start;
    if (run.ids.length < length * MAX_HISTORY_FEATURES) run.ids = new Int32Array(Math.max(length * MAX_HISTORY_FEATURES, run.ids.length * 2));
    if (run.offsets.length < length + 1) run.offsets = new Int32Array(Math.max(length + 1, run.offsets.length * 2));
    let k = 0;
    for (let i = start; i < end; i++) {
      run.offsets[i - start] = k;
      k = history.features(lower[i]!, run.ids, k);
    }
    run.offsets[length] = k;
    if (emissions.length < length * TAG_COUNT) emissions = new Float64Array(Math.max(length * TAG_COUNT, emissions.length * 2));
    scorer.emissions(features, start, end, run, emissions);
    viterbi(emissions, length, scorer.transitions, tags, start);
    onRun?.(start, end, run, tags);
    history.record(lower, capital, tags, start, end);
  });
  return tags;
}
