// What one article contributes to the corpus indexes, derived from its analysis once, on the
// thread that analysed it, and cached beside the analysis: its name keys (join/entity-keys.ts) and
// the key of each mention, its folded words in order, and the facts the corpus keeps per
// article (title, dated span, kinds). Reopening a folder indexes these records instead of
// deriving them again from every analysis and text, which was most of the cost of reopening.
//
// A record like an analysis record ({ strings, bytes }: varints, S = index into strings,
// S? = optional string stored + 1):
//   title S?, span (0, or 1 then lo and hi zigzag), kinds bit set,
//   key count, per key: key S, type S, word count, words S…, mentions, surface count,
//     (surface S, mentions)…, kind count, (kind S, mentions)…, alias word count, words S…, value S?,
//   mention count, per mention the index of its key,
//   distinct word count, words S…, word count, per word of the text its index among the distinct ones.
import type { Analysis, MentionKind, MentionType } from '@seedlens/core';
import { type AnalysisRecord, StringTable, VarintReader, VarintWriter } from '../records/analysis-record.js';
import type { DayRange } from '../text/date-range.js';
import { foldedWords } from '../text/text-fold.js';
import { datedSpan, kindMask, sourceTitle } from './indexed-document.js';
import { type KeyContribution, documentKeys } from './join/entity-keys.js';
import type { ArticleWords } from './words/full-text.js';
import { STEP_ITEMS, type Steps, type TimeSlicer, runSteps } from '../time-slice.js';

export type IndexRecord = AnalysisRecord;

/** What the corpus keeps of an article besides its analysis and words. */
export interface ArticleFacts {
  keys: KeyContribution[];
  /** Index in `keys` of each mention's key, in mention order. */
  mentionKey: Int32Array;
  /** Front matter title, else the first section's (see documentTitle). */
  title: string | undefined;
  span: DayRange | null;
  kinds: number;
}

export interface ArticleIndex extends ArticleFacts {
  words: ArticleWords;
}

/** The empty lists of decoded keys: one shared array (the corpus only reads them). */
const NONE: readonly never[] = Object.freeze([]);

const TYPES: ReadonlySet<string> = new Set<MentionType>(['actor', 'place', 'date']);

export function articleFacts(analysis: Analysis): ArticleFacts {
  const { keys, mentionKey } = documentKeys(analysis);
  return { keys, mentionKey, title: sourceTitle(analysis), span: datedSpan(analysis), kinds: kindMask(analysis) };
}

/** The index record of an analysis (whose mentions are in order, as the corpus keeps them). */
export function encodeArticleIndex(analysis: Analysis): IndexRecord {
  const facts = articleFacts(analysis);
  // The record outlives the analysis (and its text) in the corpus and the cache.
  const table = new StringTable(true);
  const out = new VarintWriter();
  const str = (s: string) => out.uint(table.id(s));
  const opt = (s: string | undefined) => out.uint(s === undefined ? 0 : table.id(s) + 1);
  const zigzag = (n: number) => {
    if (!Number.isSafeInteger(n)) throw new RangeError(`day number ${n} out of range`);
    out.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  };

  opt(facts.title);
  if (facts.span) {
    out.uint(1);
    zigzag(facts.span.lo);
    zigzag(facts.span.hi);
  } else out.uint(0);
  out.uint(facts.kinds);
  out.uint(facts.keys.length);
  for (const k of facts.keys) {
    str(k.key);
    str(k.type);
    out.uint(k.words.length);
    for (const w of k.words) str(w);
    out.uint(k.mentions);
    for (const tally of [k.surfaces, k.kinds]) {
      out.uint(tally.length / 2);
      for (let i = 0; i < tally.length; i += 2) {
        str(tally[i] as string);
        out.uint(tally[i + 1] as number);
      }
    }
    out.uint(k.aliasWords.length);
    for (const w of k.aliasWords) str(w);
    opt(k.value);
  }
  out.uint(facts.mentionKey.length);
  for (const i of facts.mentionKey) out.uint(i);

  const words = foldedWords(analysis.source.text);
  // One look-up a word: articles run to thousands of words, and this runs for every article.
  const distinct = new Map<string, number>();
  const order = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let id = distinct.get(w);
    if (id === undefined) distinct.set(w, (id = distinct.size));
    order[i] = id;
  }
  out.uint(distinct.size);
  for (const w of distinct.keys()) str(w);
  out.uint(words.length);
  for (const id of order) out.uint(id);
  return { strings: table.strings, bytes: out.take() };
}

/** The index of an article from its record; undefined when the record is damaged (never throws). */
export function decodeArticleIndex(record: IndexRecord): ArticleIndex | undefined {
  try {
    return runSteps(decodeSteps(record));
  } catch {
    return undefined;
  }
}

/** As `decodeArticleIndex`, a slice at a time; rejects only when the slicer's signal aborts. */
export async function decodeArticleIndexSliced(record: IndexRecord, slicer: TimeSlicer): Promise<ArticleIndex | undefined> {
  const steps = decodeSteps(record);
  for (;;) {
    let next;
    try {
      next = steps.next();
    } catch {
      return undefined;
    }
    if (next.done) return next.value;
    await slicer.pause();
  }
}

// A large document's record holds a hundred thousand keys and mentions and a million words: decoded
// in steps, so that it can be decoded between requests.
function* decodeSteps({ strings, bytes }: IndexRecord): Steps<ArticleIndex> {
  const r = new VarintReader(bytes);
  // Tables hold strings only (a StringTable's, or a pack's, checked when read): a bound is enough.
  const ref = (n: number): number => {
    if (n >= strings.length) throw new RangeError('bad string in index record');
    return n;
  };
  const str = () => strings[ref(r.uint())]!;
  const opt = (): string | undefined => {
    const n = r.uint();
    return n === 0 ? undefined : strings[ref(n - 1)];
  };
  const zigzag = () => {
    const n = r.uint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  };
  const list = (): string[] => {
    const n = r.count();
    if (n === 0) return NONE as unknown as string[];
    const out = new Array<string>(n);
    for (let i = 0; i < out.length; i++) out[i] = str();
    return out;
  };
  const tally = <T>(): Array<T | number> => {
    const n = r.count();
    if (n === 0) return NONE as unknown as Array<T | number>;
    const out = new Array<T | number>(n * 2);
    for (let i = 0; i < out.length; i += 2) {
      out[i] = str() as T;
      out[i + 1] = r.uint();
    }
    return out;
  };

  const title = opt();
  const span = r.uint() === 1 ? { lo: zigzag(), hi: zigzag() } : null;
  const kinds = r.uint();
  const keys = new Array<KeyContribution>(r.count());
  for (let i = 0; i < keys.length; i++) {
    const key = str();
    const type = str();
    if (!TYPES.has(type)) throw new RangeError('bad type in index record');
    const words = list();
    const mentions = r.uint();
    const surfaces = tally<string>();
    const kindTally = tally<MentionKind>();
    const aliasWords = list();
    const value = opt();
    const k: KeyContribution = { key, type: type as MentionType, words, mentions, surfaces, kinds: kindTally, aliasWords };
    if (value !== undefined) k.value = value;
    keys[i] = k;
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  const mentionKey = new Int32Array(r.count());
  for (let i = 0; i < mentionKey.length; i++) {
    const k = r.uint();
    if (k >= keys.length) throw new RangeError('bad key in index record');
    mentionKey[i] = k;
    if (i % (16 * STEP_ITEMS) === 16 * STEP_ITEMS - 1) yield;
  }
  const refs = new Int32Array(r.count());
  for (let i = 0; i < refs.length; i++) refs[i] = ref(r.uint());
  const n = r.count();
  const tokens = refs.length <= 0x10000 ? new Uint16Array(n) : new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const t = r.uint();
    if (t >= refs.length) throw new RangeError('bad word in index record');
    tokens[i] = t;
    if (i % (64 * STEP_ITEMS) === 64 * STEP_ITEMS - 1) yield;
  }
  if (r.at !== bytes.length) throw new RangeError('index record too long');
  return { keys, mentionKey, title, span, kinds, words: { strings, refs, tokens } };
}

/** Rewrites an index record onto another string table, appending to `out`; throws on a damaged record. */
export function transcodeArticleIndex({ strings, bytes }: IndexRecord, table: StringTable, out: VarintWriter): void {
  const r = new VarintReader(bytes);
  const string = (i: number): string => {
    const s = strings[i];
    if (typeof s !== 'string') throw new RangeError('bad string in index record');
    return s;
  };
  const copy = () => {
    const n = r.uint();
    out.uint(n);
    return n;
  };
  const count = () => {
    const n = r.count();
    out.uint(n);
    return n;
  };
  const str = () => out.uint(table.id(string(r.uint())));
  const opt = () => {
    const n = r.uint();
    out.uint(n === 0 ? 0 : table.id(string(n - 1)) + 1);
  };

  opt();
  if (copy() === 1) {
    copy();
    copy();
  }
  copy();
  for (let k = count(); k > 0; k--) {
    str();
    str();
    for (let w = count(); w > 0; w--) str();
    copy();
    for (let tally = 0; tally < 2; tally++) {
      for (let i = count(); i > 0; i--) {
        str();
        copy();
      }
    }
    for (let w = count(); w > 0; w--) str();
    opt();
  }
  for (let m = count(); m > 0; m--) copy();
  for (let w = count(); w > 0; w--) str();
  for (let t = count(); t > 0; t--) copy();
  if (r.at !== bytes.length) throw new RangeError('index record too long');
}
