// Helpers for the tagger's tests: a training article from an inline-marked sentence, and a
// scorer that decodes with the trained weights as they are, before quantization.
import { expect } from 'vitest';
import { tokenize } from '../src/segment/tokenize.js';
import { trimAffixes } from '../src/names/affixes.js';
import { labelTokens } from '../src/names/tagger/align.js';
import type { Scorer } from '../src/names/tagger/decode.js';
import { expandFeatures, extractFeatures, MAX_FEATURES } from '../src/names/tagger/features.js';
import { TAG_COUNT, type NameType } from '../src/names/tagger/labels.js';
import type { TrainedWeights } from '../src/names/tagger/name-model.js';
import type { TrainingArticle } from '../src/names/tagger/perceptron.js';
import { MAX_HISTORY_FEATURES } from '../src/names/tagger/tag-history.js';
import { marked } from './marked.js';

/** `[Xavo Pelim|person] arrived in [Orlu|place].` → tokens and gold tags; every name must be learnable. */
export function trainingArticle(source: string): TrainingArticle {
  const { text, spans } = marked(source);
  const tokens = trimAffixes(tokenize(text), text);
  const { tags, dropped } = labelTokens(tokens, extractFeatures(tokens).eligible, spans.map((s) => ({ start: s.start, end: s.end, type: s.label as NameType })));
  expect(dropped).toBe(0);
  return { tokens, tags };
}

/** The trained weights as they are, before quantization: what training decodes with. */
export function floatScorer(weights: TrainedWeights): Scorer {
  const ids = new Int32Array(MAX_FEATURES + MAX_HISTORY_FEATURES);
  return {
    transitions: weights.transitions,
    emissions(features, start, end, history, out) {
      out.fill(0, 0, (end - start) * TAG_COUNT);
      for (let i = start; i < end; i++) {
        let n = expandFeatures(features, i, ids, 0);
        for (let h = history.offsets[i - start]!; h < history.offsets[i - start + 1]!; h++) ids[n++] = history.ids[h]!;
        for (let k = 0; k < n; k++) {
          const w = weights.features.get(ids[k]!);
          if (w) for (let t = 0; t < TAG_COUNT; t++) out[(i - start) * TAG_COUNT + t] = out[(i - start) * TAG_COUNT + t]! + w[t]!;
        }
      }
    },
  };
}
