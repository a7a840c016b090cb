// The articles' own dates (their DCTs) in time order: a timeline draws them as marks of their
// own beside the dated mentions, so that a reader sees when the articles were written as well as
// the times they write about.
import type { Indexes } from '../index/indexes.js';
import { isoDay } from '../text/date-range.js';
import { compareStrings } from '../text/string-order.js';
import type { DatedArticle, TimelineFilter } from '../types.js';
import type { DateRanges } from './search.js';
import { timelineArticles } from './timeline.js';

/** The dated articles among those of the timeline of `filter`, by date, then uri; undated articles are left out. */
export function articleDates(ix: Indexes, filter: TimelineFilter, dateRanges: DateRanges): DatedArticle[] {
  const dated: DatedArticle[] = [];
  for (const doc of timelineArticles(ix, filter, dateRanges)) {
    if (doc.dct === null) continue;
    const dct = isoDay(doc.dct);
    const found = doc.article.date();
    // A DCT given to `upsert` overrides the one the analysis found: it was given, so it is certain.
    const given = found.dct === null || found.dct.slice(0, 10) !== dct;
    dated.push({
      uri: doc.uri,
      title: doc.document.title,
      dct,
      dctSource: given ? 'option' : (found.dctSource ?? 'option'),
      dctConfidence: given ? 1 : (found.dctConfidence ?? 1),
    });
  }
  return dated.sort((a, b) => compareStrings(a.dct, b.dct) || compareStrings(a.uri, b.uri));
}
