import type { Token } from '../../segment/tokenize.js';
import { decodeArticle, type RunHistory, type Scorer } from './decode.js';
import { expandFeatures, extractFeatures, MAX_FEATURES, type TokenFeatures } from './features.js';
import { ALLOWED, TAG_COUNT } from './labels.js';
import type { TrainedWeights } from './name-model.js';

/*
 * The averaged structured perceptron (Collins 2002), as Honnibal's "POS tagger in about 200
 * lines" explains it: decode with the current weights, and where the best path differs from the
 * gold one, add 1 to the gold path's features and take 1 from the predicted path's. The weights
 * kept are the average over every step, summed lazily: a feature's running total is brought up to
 * date only when the feature changes.
 */
const T = TAG_COUNT;
const N = TAG_COUNT + 1;

/** One training article: its tokens, and the gold tag of each. */
export interface TrainingArticle {
  tokens: Token[];
  tags: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  /** Seeds the order in which articles are visited in each epoch. */
  seed: number;
  /** Share of capitalized tokens whose own word is hidden in each epoch (word dropout); 0 by default. */
  wordDropout?: number;
  /** Called after each epoch with its number and the share of tokens tagged wrong. */
  onEpoch?: (epoch: number, errorRate: number) => void;
}

class Weights implements Scorer {
  readonly index = new Map<number, number>();
  weights = new Float64Array(1 << 16);
  totals = new Float64Array(1 << 16);
  stamps = new Int32Array(1 << 12);
  readonly transitions = new Float64Array(N * N);
  private readonly transitionTotals = new Float64Array(N * N);
  private transitionStamp = 0;
  step = 0;

  constructor() {
    for (let i = 0; i < N * N; i++) if (!ALLOWED[i]) this.transitions[i] = -Infinity;
  }

  /** Word dropout of the article being decoded: 1 where a token's own word is hidden. */
  forgotten: Uint8Array | undefined;
  /** The features of the run last scored, token `start + i` at `runIds[runOffsets[i] .. runOffsets[i + 1])`. */
  runIds = new Int32Array(1 << 12);
  runOffsets = new Int32Array(1 << 8);

  emissions(f: TokenFeatures, start: number, end: number, history: RunHistory, out: Float64Array): void {
    const length = end - start;
    if (this.runIds.length < length * (MAX_FEATURES + 8)) this.runIds = new Int32Array(length * (MAX_FEATURES + 8));
    if (this.runOffsets.length < length + 1) this.runOffsets = new Int32Array(length + 1);
    let k = 0;
    for (let i = start; i < end; i++) {
      this.runOffsets[i - start] = k;
      k = expandFeatures(f, i, this.runIds, k, this.forgotten?.[i] === 1);
      for (let h = history.offsets[i - start]!; h < history.offsets[i - start + 1]!; h++) this.runIds[k++] = history.ids[h]!;
    }
    this.runOffsets[length] = k;
    out.fill(0, 0, length * T);
    for (let i = 0; i < length; i++) this.addScores(this.runIds, this.runOffsets[i]!, this.runOffsets[i + 1]!, out, i * T);
  }

  addScores(ids: Int32Array, from: number, to: number, out: Float64Array, row: number): void {
    for (let k = from; k < to; k++) {
      const f = this.index.get(ids[k]!);
      if (f === undefined) continue;
      const base = f * T;
      for (let t = 0; t < T; t++) out[row + t] = out[row + t]! + this.weights[base + t]!;
    }
  }

  /** Adds `delta` to the weight of feature `id` for `tag`. */
  update(id: number, tag: number, delta: number): void {
    let f = this.index.get(id);
    if (f === undefined) {
      f = this.index.size;
      this.index.set(id, f);
      if ((f + 1) * T > this.weights.length) this.grow();
      this.stamps[f] = this.step;
    }
    const base = f * T;
    const elapsed = this.step - this.stamps[f]!;
    if (elapsed > 0) for (let t = 0; t < T; t++) this.totals[base + t] = this.totals[base + t]! + elapsed * this.weights[base + t]!;
    this.stamps[f] = this.step;
    this.weights[base + tag] = this.weights[base + tag]! + delta;
  }

  updateTransition(from: number, to: number, delta: number): void {
    const elapsed = this.step - this.transitionStamp;
    if (elapsed > 0) for (let i = 0; i < N * N; i++) if (ALLOWED[i]) this.transitionTotals[i] = this.transitionTotals[i]! + elapsed * this.transitions[i]!;
    this.transitionStamp = this.step;
    this.transitions[from * N + to] = this.transitions[from * N + to]! + delta;
  }

  private grow(): void {
    const weights = new Float64Array(this.weights.length * 2);
    weights.set(this.weights);
    this.weights = weights;
    const totals = new Float64Array(this.totals.length * 2);
    totals.set(this.totals);
    this.totals = totals;
    const stamps = new Int32Array(this.stamps.length * 2);
    stamps.set(this.stamps);
    this.stamps = stamps;
  }

  averaged(): TrainedWeights {
    const features = new Map<number, Float64Array>();
    const steps = Math.max(1, this.step);
    for (const [id, f] of this.index) {
      const base = f * T;
      const elapsed = this.step - this.stamps[f]!;
      const w = new Float64Array(T);
      let any = false;
      for (let t = 0; t < T; t++) {
        w[t] = (this.totals[base + t]! + elapsed * this.weights[base + t]!) / steps;
        if (w[t] !== 0) any = true;
      }
      if (any) features.set(id, w);
    }
    const transitions = new Float64Array(N * N);
    const elapsed = this.step - this.transitionStamp;
    for (let i = 0; i < N * N; i++) transitions[i] = ALLOWED[i] ? (this.transitionTotals[i]! + elapsed * this.transitions[i]!) / steps : -Infinity;
    return { features, transitions };
  }
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same order everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains on `articles` and returns the averaged weights. Same articles and options → same weights. */
export function train(articles: readonly TrainingArticle[], options: TrainOptions): TrainedWeights {
  const dropout = options.wordDropout ?? 0;
  const features: TokenFeatures[] = articles.map((a) => extractFeatures(a.tokens));
  const w = new Weights();
  const order = articles.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // Each epoch hides other words: drawn here, in a fixed order, so that training is repeatable.
    const forgotten = articles.map((a) => Uint8Array.from(a.tokens, (t) => (dropout > 0 && t.upper && random() < dropout ? 1 : 0)));
    let wrong = 0;
    let seen = 0;
    for (const a of order) {
      const { tokens, tags: gold } = articles[a]!;
      w.forgotten = forgotten[a];
      decodeArticle(tokens, features[a]!, w, (start, end, _history, predicted) => {
        w.step++;
        seen += end - start;
        let differs = false;
        for (let i = start; i < end; i++) {
          if (predicted[i] === gold[i]) continue;
          differs = true;
          wrong++;
          for (let k = w.runOffsets[i - start]!; k < w.runOffsets[i - start + 1]!; k++) {
            w.update(w.runIds[k]!, gold[i]!, 1);
            w.update(w.runIds[k]!, predicted[i]!, -1);
          }
        }
        if (!differs) return;
        for (let i = start; i <= end; i++) {
          const gFrom = i === start ? T : gold[i - 1]!;
          const gTo = i === end ? T : gold[i]!;
          const pFrom = i === start ? T : predicted[i - 1]!;
          const pTo = i === end ? T : predicted[i]!;
          if (gFrom === pFrom && gTo === pTo) continue;
          w.updateTransition(gFrom, gTo, 1);
          w.updateTransition(pFrom, pTo, -1);
        }
      });
    }
    options.onEpoch?.(epoch, seen ? wrong / seen : 0);
  }
  return w.averaged();
}

/**
 * The mean of several trained models' weights (parameter mixing): models trained on the same data
 * in different orders make different mistakes, and their mean is steadier than any one of them.
 */
export function averageWeights(models: readonly TrainedWeights[]): TrainedWeights {
  const features = new Map<number, Float64Array>();
  for (const m of models) {
    for (const [id, w] of m.features) {
      let sum = features.get(id);
      if (!sum) features.set(id, (sum = new Float64Array(T)));
      for (let t = 0; t < T; t++) sum[t] = sum[t]! + w[t]! / models.length;
    }
  }
  const transitions = new Float64Array(N * N);
  for (let i = 0; i < N * N; i++) transitions[i] = ALLOWED[i] ? models.reduce((sum, m) => sum + m.transitions[i]!, 0) / models.length : -Infinity;
  return { features, transitions };
}
