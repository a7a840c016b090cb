// What is made of an analysis to keep and to index it, on the thread that analysed it: its
// analysis record (records/analysis-record.ts) and its index record (index/article-index.ts).
// Workers send both, the cache stores both, the corpus indexes an article from them.
import type { Analysis } from '@seedlens/core';
import { type IndexRecord, encodeArticleIndex } from '../index/article-index.js';
import { type AnalysisRecord, type RecordHead, decodeRecord, encodeRecord, recordHead } from '../records/analysis-record.js';
import type { AsideRef } from '../records/snapshot-format.js';

/** An article's records, with what recordHead found of the analysis record, when checked. */
export interface ArticleRecords {
  record: AnalysisRecord;
  index: IndexRecord;
  head?: RecordHead | undefined;
  /** Where a spool keeps the record's bytes already (records/stored-article.ts). */
  spooled?: AsideRef | undefined;
}

/** The records of an analysis, its mentions in order (as the corpus keeps them). */
export function analysisResult(analysis: Analysis): { record: AnalysisRecord; index: IndexRecord } {
  const sorted = analysis.mentions.every((m, i, all) => i === 0 || all[i - 1]!.start <= m.start);
  const kept = sorted ? analysis : { ...analysis, mentions: [...analysis.mentions].sort((a, b) => a.start - b.start) };
  return { record: encodeRecord(kept), index: encodeArticleIndex(kept) };
}

/**
 * An analysis record of `text` with its index record, deriving the index record when missing
 * (from a cache of other code, or for a copy of a content analysed before); undefined when the
 * record does not fit the text.
 */
export function withIndex(record: AnalysisRecord, index: IndexRecord | undefined, text: string): (ArticleRecords & { head: RecordHead }) | undefined {
  const head = recordHead(record, text.length);
  if (!head) return undefined;
  if (index) return { record, index, head };
  const analysis = decodeRecord(record, text);
  if (!analysis) return undefined;
  try {
    return { record, index: analysisResult(analysis).index, head };
  } catch {
    return undefined;
  }
}
