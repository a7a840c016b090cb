// Dated mentions in time order, each with the actors and places of its sentence.
import type { EntityJoin } from '../index/join/entity-join.js';
import type { Indexes } from '../index/indexes.js';
import { type IndexedDocument, sentencesOf } from '../index/indexed-document.js';
import { docOf } from '../index/postings.js';
import { type DayRange, type Placement, earliestDay, isoDay, placeTimex, timexRange } from '../text/date-range.js';
import { sentenceAt } from '../text/sentences.js';
import { compareStrings } from '../text/string-order.js';
import type { TimelineEntry, TimelineFilter } from '../types.js';
import { type DateRanges, matching } from './search.js';

/** The timeline of the articles matching `filter.query` and mentioning `filter.entityId` (all, when neither is given). */
export function timeline(ix: Indexes, filter: TimelineFilter, dateRanges: DateRanges): TimelineEntry[] {
  return timelineEntries(timelineArticles(ix, filter, dateRanges), ix.join);
}

/** The articles a timeline of `filter` is drawn from: those matching `filter.query` and mentioning `filter.entityId`. */
export function timelineArticles(ix: Indexes, filter: TimelineFilter, dateRanges: DateRanges): IndexedDocument[] {
  let docs: IndexedDocument[] = [...ix.articles.values()];
  if (filter.query !== undefined && filter.query.trim() !== '') {
    const found = matching(ix, filter.query, dateRanges);
    docs = docs.filter((d) => found.has(d.id));
  }
  if (filter.entityId !== undefined) {
    const cluster = ix.join.clusterByCorpusId(filter.entityId);
    if (cluster === undefined) return [];
    const withEntity = new Set(ix.join.postings(cluster).map(docOf));
    docs = docs.filter((d) => withEntity.has(d.id));
  }
  return docs;
}

/**
 * Entries of the given articles, ordered by `sortKey` (the earliest day a value can mean),
 * then uri and offset. Values without a year are placed by the article's DCT and flagged
 * approximate; without a DCT they keep their value as sort key ("XXXX-10", "PAST_REF"),
 * which sorts after every day.
 */
export function timelineEntries(docs: Iterable<IndexedDocument>, join: EntityJoin): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const written = new Map<string, DayRange | null>();
  const place = (value: string, dct: number | null): Placement => {
    let range = written.get(value);
    if (range === undefined) written.set(value, (range = timexRange(value)));
    return range ? { range, approximate: false } : placeTimex(value, dct);
  };
  for (const doc of docs) {
    const mentions = doc.article.mentions();
    if (!mentions.some((m) => m.type === 'date')) continue;
    const starts = sentencesOf(doc, mentions);
    const inSentence = new Map<number, string[]>();
    mentions.forEach((m, i) => {
      if (m.type === 'date') return;
      const s = sentenceAt(starts, m.start);
      const id = join.corpusId(join.clusterOfKey(doc.mentionKeys[i]!));
      const list = inSentence.get(s);
      if (!list) inSentence.set(s, [id]);
      else if (!list.includes(id)) list.push(id);
    });
    for (const mention of mentions) {
      if (mention.type !== 'date') continue;
      const value = mention.value ?? '';
      const { range, approximate } = place(value, doc.dct);
      entries.push({
        uri: doc.uri,
        mention,
        value,
        sortKey: range ? isoDay(earliestDay(range, mention.mod)) : value,
        approximate,
        with: [...(inSentence.get(sentenceAt(starts, mention.start)) ?? [])],
      });
    }
  }
  return entries.sort((a, b) => compareStrings(a.sortKey, b.sortKey) || compareStrings(a.uri, b.uri) || a.mention.start - b.mention.start);
}
