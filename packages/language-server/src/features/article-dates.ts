import type { DctSource } from '@seedlens/core';
import { articleLabel } from '../article-label.js';
import type { CorpusView } from '../corpus-view.js';
import { dateInWords } from '../date-words.js';
import { timelineFilter, type TimelineOptions } from './timeline.js';

/** One article's own date in a `seedlens/articleDates` answer: a mark of its own on a timeline. */
export interface ArticleDateItem {
  uri: string;
  /** Short name for lists (see `articleLabel`). */
  label: string;
  title: string;
  /** The article's date (DCT), `YYYY-MM-DD`. */
  dct: string;
  /** The date in words: "16 February 2017". */
  dctLabel: string;
  /** Where the date was found: `option`, `front-matter`, `file-name`, `header` or `text`. */
  dctSource: DctSource;
  /** How sure the date is, 0–1. */
  dctConfidence: number;
}

/** The same articles as `timeline`'s (an entity by id or at a position, a query), and a limit. */
export type ArticleDatesOptions = TimelineOptions;

/** Default number of articles: the default `seedlens.articles.maxFiles`, so that a whole corpus fits. */
export const DEFAULT_ARTICLE_DATES_LIMIT = 20_000;

/**
 * The dated articles of the corpus by their own date, or of the articles a timeline request
 * names: what a timeline draws beside the dated mentions. Undated articles are left out; empty
 * when the position names no entity.
 */
export function articleDates(view: CorpusView, options: ArticleDatesOptions = {}): ArticleDateItem[] {
  const filter = timelineFilter(view, options);
  if (!filter) return [];
  const { corpus } = view;
  return corpus
    .articleDates(filter)
    .slice(0, options.limit ?? DEFAULT_ARTICLE_DATES_LIMIT)
    .map((a) => ({
      uri: a.uri,
      label: articleLabel(corpus, a.uri),
      title: a.title,
      dct: a.dct,
      dctLabel: dateInWords(a.dct),
      dctSource: a.dctSource,
      dctConfidence: a.dctConfidence,
    }));
}
