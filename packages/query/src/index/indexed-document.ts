// One article as the corpus indexes it: its analysis (kept compact, see records/stored-article.ts) plus
// the small numeric arrays the indexes work with (key ids, counts, day numbers), and its
// sentences once someone asks.
import type { Analysis, Mention, Range } from '@seedlens/core';
import type { SnapshotReader, SnapshotWriter } from '../records/snapshot-format.js';
import { StoredArticle } from '../records/stored-article.js';
import { type DayRange, dayNumber, timexRange } from '../text/date-range.js';
import { sentenceStarts } from '../text/sentences.js';
import type { CorpusDocument } from '../types.js';
import { kindBit } from './kinds.js';

export interface IndexedDocument {
  /** Small int id, reused after removal. */
  id: number;
  uri: string;
  document: CorpusDocument;
  article: StoredArticle;
  /** Distinct name keys of the article and their mention counts. */
  keyIds: Int32Array;
  keyCounts: Int32Array;
  /** Key id of each mention, in mention order. */
  mentionKeys: Int32Array;
  /** DCT as a day number, null when unknown. */
  dct: number | null;
  /** First and last day of the article's anchored dates. */
  span: DayRange | null;
  /** Bit set of the kinds mentioned (see kinds.ts). */
  kinds: number;
  sentences: Int32Array | undefined;
}

const ARTICLE = Symbol('article');
type HeldDocument = CorpusDocument & { readonly [ARTICLE]: StoredArticle };

// One getter for every document, which finds the article on it: a getter closed over each article
// gave each document a shape of its own, which V8 then kept as a dictionary (about 300 bytes more
// a document, 3 MB for 10,000).
const ANALYSIS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: HeldDocument): Analysis {
    return this[ARTICLE].analysis();
  },
};

/** The document as `Corpus.get` returns it; an analysis kept as a record is rebuilt when read. */
export function documentOf(uri: string, article: StoredArticle, title: string): CorpusDocument {
  const document = { uri } as CorpusDocument;
  Object.defineProperty(document, 'analysis', ANALYSIS);
  document.title = title;
  // Not enumerable: the document spreads, compares and serializes as its three fields.
  return Object.defineProperty(document, ARTICLE, { value: article });
}

/** Writes an article into a corpus snapshot (see store/corpus-snapshot.ts). */
export function writeIndexedDocument(w: SnapshotWriter, doc: IndexedDocument): void {
  w.str(doc.uri);
  w.str(doc.document.title);
  doc.article.writeSnapshot(w);
  w.array(doc.keyIds);
  w.array(doc.keyCounts);
  w.array(doc.mentionKeys);
  w.uint(doc.dct === null ? 0 : 1);
  if (doc.dct !== null) w.int(doc.dct);
  w.uint(doc.span ? 1 : 0);
  if (doc.span) {
    w.int(doc.span.lo);
    w.int(doc.span.hi);
  }
  w.uint(doc.kinds);
}

/** The article `writeIndexedDocument` wrote, under id `id`; throws a RangeError on a damaged one. */
export function readIndexedDocument(r: SnapshotReader, id: number): IndexedDocument {
  const uri = r.str();
  const title = r.str();
  const article = StoredArticle.fromSnapshot(r);
  const keyIds = r.int32s();
  const keyCounts = r.int32s();
  const mentionKeys = r.int32s();
  const dct = r.uint() === 1 ? r.int() : null;
  const span = r.uint() === 1 ? { lo: r.int(), hi: r.int() } : null;
  const kinds = r.uint();
  if (keyCounts.length !== keyIds.length) throw new RangeError('bad article in snapshot');
  return { id, uri, document: documentOf(uri, article, title), article, keyIds, keyCounts, mentionKeys, dct, span, kinds, sentences: undefined };
}

export function dctDay(dct: string | null): number | null {
  const m = dct ? /^(\d{4})-(\d{2})-(\d{2})/.exec(dct) : null;
  return m ? dayNumber(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** Overall range of the article's dates that name a year. */
export function datedSpan(analysis: Analysis): DayRange | null {
  let span: DayRange | null = null;
  for (const m of analysis.mentions) {
    const r = m.type === 'date' && m.value ? timexRange(m.value) : null;
    if (!r) continue;
    span = span ? { lo: Math.min(span.lo, r.lo), hi: Math.max(span.hi, r.hi) } : r;
  }
  return span;
}

export function kindMask(analysis: Analysis): number {
  let mask = 0;
  for (const m of analysis.mentions) if (m.kind) mask |= kindBit(m.kind);
  return mask;
}

/** Sentence starts, computed on first use: mentions and the titles before them are never split. */
export function sentencesOf(doc: IndexedDocument, mentions: readonly Mention[] = doc.article.mentions()): Int32Array {
  if (!doc.sentences) {
    const text = doc.article.text();
    const keep: Range[] = mentions.map((m) => ({ start: roleStart(text, m.start, m.role), end: m.end }));
    doc.sentences = sentenceStarts(text, keep);
  }
  return doc.sentences;
}

function roleStart(text: string, start: number, role: string | undefined): number {
  if (!role) return start;
  const at = text.lastIndexOf(role, start - role.length);
  return at >= 0 && start - (at + role.length) <= 2 ? at : start;
}

/** The title an article gives itself: front matter `title`, else the first section's title. */
export function sourceTitle(analysis: Analysis): string | undefined {
  return analysis.source.frontMatter?.title ?? analysis.source.sections[0]?.title;
}

/** Title: front matter `title`, else the first section's title (`fromSource`), else the file name. */
export function documentTitle(uri: string, fromSource: string | undefined): string {
  if (fromSource && fromSource.trim()) return fromSource.trim();
  const name = uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1) || uri;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
