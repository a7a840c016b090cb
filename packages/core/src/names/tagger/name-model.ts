import { FNV_OFFSET, fnvStep } from '../../fnv-hash.js';
import type { RunHistory } from './decode.js';
import { FEATURE_VERSION, wordOf, type TokenFeatures } from './features.js';
import { TAG_COUNT } from './labels.js';
import type { WordCodes } from './word-codes.js';
import { MAX_ROLE_FEATURES, writeRole } from './word-groups.js';

/*
 * The trained weights in the compact form that ships: for each kept feature, its non-zero
 * weights as (tag, weight) pairs, quantized to 8 bits. Binary layout, little-endian:
 *
 *   "SLNM"  u16 format  u16 feature version  u16 tag count  u16 0  f32 scale
 *   u32 features  u32 pairs  i16 transitions[(T+1)²]  u32 keys[features] (ascending)
 *   u8 pairs per feature[features]  u8 pair tags[pairs]  i8 pair weights[pairs]  u32 FNV-1a of all before
 *
 * A score is the sum of weights; `scale` (weights × scale = the trained values) only matters to
 * people reading scores, since decoding compares sums.
 */
const MAGIC = 'SLNM';
const FORMAT = 1;
const T = TAG_COUNT;
const N = TAG_COUNT + 1;
/** A transition that BILOU forbids. */
const FORBIDDEN = -32768;
/** Numbers of one word's remembered sums, and how many words the pool holds at most (about 11 MB). */
const WORD_SUMS = 5 * TAG_COUNT;
const POOL_WORDS = 65_536;
const SLOT_MASK = POOL_WORDS - 1;

export class ModelError extends Error {
  constructor(message: string) {
    super(`seedlens name model: ${message}`);
    this.name = 'ModelError';
  }
}

/** What training hands over: averaged weights per feature id, and transition scores. */
export interface TrainedWeights {
  /** feature id → TAG_COUNT weights. */
  features: Map<number, Float64Array>;
  /** (T+1)² transition scores; -Infinity where forbidden. */
  transitions: Float64Array;
}

export interface CompactOptions {
  /** Weights whose magnitude rounds below this many quantization steps are dropped. */
  minSteps?: number;
}

/** Quantizes and prunes trained weights into the shipped binary form. Deterministic. */
export function encodeModel(weights: TrainedWeights, options: CompactOptions = {}): Uint8Array {
  const minSteps = options.minSteps ?? 1;
  // The scale maps the largest weight (near enough: the 99.99th percentile) to 127.
  const magnitudes: number[] = [];
  for (const w of weights.features.values()) for (const x of w) if (x !== 0) magnitudes.push(Math.abs(x));
  for (const x of weights.transitions) if (Number.isFinite(x)) magnitudes.push(Math.abs(x));
  magnitudes.sort((a, b) => a - b);
  const top = magnitudes[Math.floor((magnitudes.length - 1) * 0.9999)] ?? 1;
  const scale = 127 / (top || 1);
  const q = (x: number) => Math.max(-127, Math.min(127, Math.round(x * scale)));

  // Feature ids are stored and sorted as unsigned 32-bit numbers, whatever sign a typed array gave them.
  const keys = [...weights.features.keys()].sort((a, b) => (a >>> 0) - (b >>> 0));
  const kept: number[] = [];
  const lengths: number[] = [];
  const tags: number[] = [];
  const values: number[] = [];
  for (const key of keys) {
    const w = weights.features.get(key)!;
    let count = 0;
    for (let t = 0; t < TAG_COUNT; t++) {
      const v = q(w[t]!);
      if (Math.abs(v) < minSteps || v === 0) continue;
      tags.push(t);
      values.push(v);
      count++;
    }
    if (count === 0) continue;
    kept.push(key);
    lengths.push(count);
  }
  const size = 4 + 2 * 4 + 4 + 8 + N * N * 2 + kept.length * 5 + tags.length * 2 + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (let i = 0; i < 4; i++) bytes[at++] = MAGIC.charCodeAt(i);
  view.setUint16(at, FORMAT, true);
  view.setUint16(at + 2, FEATURE_VERSION, true);
  view.setUint16(at + 4, TAG_COUNT, true);
  view.setUint16(at + 6, 0, true);
  view.setFloat32(at + 8, scale, true);
  view.setUint32(at + 12, kept.length, true);
  view.setUint32(at + 16, tags.length, true);
  at += 20;
  for (const x of weights.transitions) {
    view.setInt16(at, Number.isFinite(x) ? Math.max(-32767, Math.min(32767, Math.round(x * scale))) : FORBIDDEN, true);
    at += 2;
  }
  for (const key of kept) {
    view.setUint32(at, key, true);
    at += 4;
  }
  for (const n of lengths) bytes[at++] = n;
  for (const t of tags) bytes[at++] = t;
  for (const v of values) view.setInt8(at++, v);
  view.setUint32(at, checksum(bytes, at), true);
  return bytes;
}

function checksum(bytes: Uint8Array, end: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < end; i++) h = fnvStep(h, bytes[i]!);
  return h >>> 0;
}

/** The storage of a loaded model: a header (magic, features, slot capacity, pairs), transitions, slots, pairs. */
const STORAGE_MAGIC = 0x4d4e4c53;
const STORAGE_HEADER = 16;

function layoutOf(features: number, capacity: number, pairs: number) {
  const transitionsAt = STORAGE_HEADER;
  const slotsAt = transitionsAt + N * N * 8;
  const pairsAt = slotsAt + capacity * 2 * 4;
  return { features, capacity, pairs, transitionsAt, slotsAt, pairsAt, size: pairsAt + pairs * 2 };
}

/** The layout of a model's storage, checked against the buffer's size. */
function storageLayout(buffer: ArrayBufferLike): ReturnType<typeof layoutOf> {
  if (buffer.byteLength < STORAGE_HEADER) throw new ModelError('not the storage of a loaded model');
  const [magic, features, capacity, pairs] = new Uint32Array(buffer, 0, STORAGE_HEADER / 4);
  if (magic !== STORAGE_MAGIC || !capacity || (capacity & (capacity - 1)) !== 0) throw new ModelError('not the storage of a loaded model');
  const layout = layoutOf(features!, capacity, pairs!);
  if (layout.size !== buffer.byteLength) throw new ModelError('not the storage of a loaded model (size)');
  return layout;
}

/** The runtime model: an open-addressing table from feature id to its (tag, weight) pairs. */
export class NameModel {
  /** (T+1)² transition scores, -Infinity where forbidden. */
  readonly transitions: Float64Array;
  readonly featureCount: number;
  private readonly mask: number;
  /**
   * The open-addressing table, two numbers per slot: the feature id (0 for an empty slot), then
   * the index of its first pair shifted left by 5, or'ed with its pair count (at most 17). Key and
   * row share a cache line: tagging looks features up at random, and each miss costs.
   */
  private readonly slots: Int32Array;
  /** One number per pair: the tag shifted left by 8, or'ed with the weight's low byte. */
  private readonly pairs: Int16Array;

  /**
   * Where the arrays above live, one buffer: a SharedArrayBuffer where there is one, so that
   * worker threads use this copy instead of decoding their own (see `storage`).
   */
  private readonly memory: ArrayBufferLike;

  /**
   * `input`: the bytes of a model file (see encodeModel), or the `storage` of a model loaded
   * before, typically in another thread: the new model reads its weights from that buffer.
   */
  constructor(input: Uint8Array | ArrayBufferLike) {
    if (!ArrayBuffer.isView(input)) {
      const layout = storageLayout(input);
      this.memory = input;
      this.featureCount = layout.features;
      this.mask = layout.capacity - 1;
      this.transitions = new Float64Array(input, layout.transitionsAt, N * N);
      this.slots = new Int32Array(input, layout.slotsAt, layout.capacity * 2);
      this.pairs = new Int16Array(input, layout.pairsAt, layout.pairs);
      return;
    }
    const bytes = input;
    if (bytes.length >= 4 && String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new ModelError('not a model file (bad magic number)');
    if (bytes.length < 24 + N * N * 2 + 4) throw new ModelError(`truncated or empty (${bytes.length} bytes)`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const format = view.getUint16(4, true);
    if (format !== FORMAT) throw new ModelError(`format ${format} is not the supported format ${FORMAT}`);
    const featureVersion = view.getUint16(6, true);
    if (featureVersion !== FEATURE_VERSION) throw new ModelError(`trained with feature version ${featureVersion}, but this build computes version ${FEATURE_VERSION}: train again`);
    if (view.getUint16(8, true) !== TAG_COUNT) throw new ModelError('tag count differs from this build');
    const features = view.getUint32(16, true);
    const pairCount = view.getUint32(20, true);
    let at = 24;
    const expected = at + N * N * 2 + features * 5 + pairCount * 2 + 4;
    if (bytes.length !== expected) throw new ModelError(`truncated or corrupt (${bytes.length} bytes, expected ${expected})`);
    if (view.getUint32(expected - 4, true) !== checksum(bytes, expected - 4)) throw new ModelError('corrupt (checksum mismatch)');
    let capacity = 1;
    while (capacity < features * 2) capacity <<= 1;
    const layout = layoutOf(features, capacity, pairCount);
    const Shared = (globalThis as { SharedArrayBuffer?: typeof SharedArrayBuffer }).SharedArrayBuffer ?? ArrayBuffer;
    this.memory = new Shared(layout.size);
    new Uint32Array(this.memory, 0, STORAGE_HEADER / 4).set([STORAGE_MAGIC, features, capacity, pairCount]);
    this.transitions = new Float64Array(this.memory, layout.transitionsAt, N * N);
    for (let i = 0; i < N * N; i++, at += 2) {
      const v = view.getInt16(at, true);
      this.transitions[i] = v === FORBIDDEN ? -Infinity : v;
    }
    const keysAt = at;
    const lengthsAt = keysAt + features * 4;
    const tagsAt = lengthsAt + features;
    const weightsAt = tagsAt + pairCount;
    this.pairs = new Int16Array(this.memory, layout.pairsAt, pairCount);
    for (let p = 0; p < pairCount; p++) this.pairs[p] = (bytes[tagsAt + p]! << 8) | bytes[weightsAt + p]!;
    this.mask = capacity - 1;
    this.slots = new Int32Array(this.memory, layout.slotsAt, capacity * 2);
    this.featureCount = features;
    let pair = 0;
    for (let f = 0; f < features; f++) {
      const key = view.getUint32(keysAt + f * 4, true) | 0;
      const count = bytes[lengthsAt + f]!;
      if (count > TAG_COUNT) throw new ModelError('corrupt (a feature has more weights than tags)');
      let slot = key & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = (pair << 5) | count;
      pair += count;
    }
    if (pair !== pairCount) throw new ModelError('corrupt (pair counts do not add up)');
  }

  /**
   * The buffer the weights live in, read-only from here on: a SharedArrayBuffer where the platform
   * has one, which a worker thread is handed to make a model of it (`new NameModel(storage)`)
   * instead of decoding its own copy.
   */
  get storage(): ArrayBufferLike {
    return this.memory;
  }

  /** Adds the weights of features `ids[from..to)` to `out[row .. row + TAG_COUNT)`. */
  addScores(ids: Int32Array, from: number, to: number, out: Float64Array, row: number): void {
    const { slots, mask, pairs } = this;
    for (let k = from; k < to; k++) {
      const key = ids[k]! | 0;
      let slot = key & mask;
      let probe = slots[slot * 2]!;
      while (probe !== key && probe !== 0) {
        slot = (slot + 1) & mask;
        probe = slots[slot * 2]!;
      }
      if (probe === 0) continue;
      const row0 = slots[slot * 2 + 1]!;
      const end = (row0 >>> 5) + (row0 & 31);
      for (let p = row0 >>> 5; p < end; p++) {
        const pw = pairs[p]!;
        const at = row + (pw >> 8);
        // The low byte is the weight, signed.
        out[at] = out[at]! + ((pw << 24) >> 24);
      }
    }
  }

  /**
   * Emission scores of tokens `start..end`: each token's word groups as remembered sums (see
   * word-groups.ts), then its context and history features looked up one by one.
   */
  emissions(f: TokenFeatures, start: number, end: number, history: RunHistory, out: Float64Array): void {
    for (let i = start; i < end; i++) {
      const row = (i - start) * T;
      // The five words' sums, each contiguous in the pool, at the offset of the role it plays.
      const remembered = this.remembered;
      const self = this.sumsAt(f, i, 0);
      const prev = this.sumsAt(f, i, 1) + T;
      const next = this.sumsAt(f, i, 2) + 2 * T;
      const prev2 = this.sumsAt(f, i, 3) + 3 * T;
      const next2 = this.sumsAt(f, i, 4) + 4 * T;
      const pool = this.pool;
      // Sums made for this token may have taken the slot of another of its words (see below).
      if (remembered === this.remembered || this.holdsAll(f, i)) {
        for (let t = 0; t < T; t++) out[row + t] = pool[self + t]! + pool[prev + t]! + pool[next + t]! + pool[prev2 + t]! + pool[next2 + t]!;
      } else {
        // Two of the five words share a slot, and the later one's sums took the earlier one's
        // place: each word's sums are read before the next word's are made.
        out.fill(0, row, row + T);
        for (let role = 0; role < 5; role++) {
          const at = this.sumsAt(f, i, role) + role * T;
          for (let t = 0; t < T; t++) out[row + t] = out[row + t]! + this.pool[at + t]!;
        }
      }
      this.addScores(f.context, f.offsets[i]!, f.offsets[i + 1]!, out, row);
      this.addScores(history.ids, history.offsets[i - start]!, history.offsets[i - start + 1]!, out, row);
    }
  }

  /** Whether the pool still holds the sums of all five words of token `i`. */
  private holdsAll(f: TokenFeatures, i: number): boolean {
    const owner = this.owner;
    const words = f.words;
    for (let role = 0; role < 5; role++) {
      const id = words[i * 5 + role]!;
      if (owner[id & SLOT_MASK] !== id) return false;
    }
    return true;
  }

  /** Where the sums of the word playing `role` for token `i` start in the pool. */
  private sumsAt(f: TokenFeatures, i: number, role: number): number {
    const id = f.words[i * 5 + role]!;
    const slot = id & SLOT_MASK;
    return this.owner[slot] === id ? slot * WORD_SUMS : this.remember(wordOf(f, i, role));
  }

  /**
   * Computes a word's summed group scores (self, prev, next, prev2, next2; 5 × TAG_COUNT numbers)
   * into its slot of the pool, and returns where they start. A word's slot is its id modulo
   * POOL_WORDS, so the pool holds the sums of up to POOL_WORDS words and a long-running server's
   * memory stays flat; a word whose slot another took is computed again. Kept as 16-bit
   * integers: weights are 8-bit, a group holds a dozen.
   */
  private remember(codes: WordCodes): number {
    const slot = codes.id & SLOT_MASK;
    const at = slot * WORD_SUMS;
    if (at + WORD_SUMS > this.pool.length) {
      const grown = new Int16Array(Math.min(Math.max(this.pool.length * 2, at + WORD_SUMS), POOL_WORDS * WORD_SUMS));
      grown.set(this.pool);
      this.pool = grown;
    }
    // Mixed here and not kept: the sums are what tagging reads again.
    const exact = this.scratch.fill(0);
    for (let role = 0; role < 5; role++) this.addScores(this.roleIds, 0, writeRole(codes, role, this.roleIds, 0), exact, role * T);
    this.pool.set(exact, at);
    this.owner[slot] = codes.id;
    this.remembered++;
    return at;
  }

  /** How many times sums were made: what tells `emissions` that a token's own look-ups made some. */
  private remembered = 0;
  /** For each slot of the pool, the id of the word whose sums it holds (0: none yet). */
  private readonly owner = new Int32Array(POOL_WORDS);
  private pool = new Int16Array(WORD_SUMS * 1024);
  private readonly scratch = new Float64Array(WORD_SUMS);
  private readonly roleIds = new Int32Array(MAX_ROLE_FEATURES);
}
