import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';
import { toLocation } from './lsp-location.js';
import { mapLimit } from './map-limit.js';

/**
 * The timeline as the server sends it (`seedlens/timeline`: dated mentions in time order), each
 * mention shown in the line it stands in, and the articles' own dates (`seedlens/articleDates`).
 */

/** One dated mention, placed in time. */
export interface TimelineItem {
  /** TIMEX3 value, e.g. `2019-12-18`, `2017-02`, `198` (the 1980s). */
  value: string;
  /** The value in words, from the server: "18 December 2019", "February 2017", "the 1980s". */
  label: string;
  /** The earliest day the value can mean (`YYYY-MM-DD`); undefined when it cannot be placed. */
  sortKey: string | undefined;
  location: vscode.Location;
  /** The article's file name. */
  article: string;
  /** The line around the mention, cut to a readable width, and the mention as written. */
  before: string;
  text: string;
  after: string;
}

/** What the timeline page shows of one article's own date. */
export interface TimelineArticleView {
  /** The article's file name, and its title. */
  article: string;
  title: string;
  /** `YYYY-MM-DD`, and in words (from the server). */
  dct: string;
  label: string;
  /** Where the date was found (`file-name`, `header`, …), and how sure it is (0–1). */
  source: string;
  confidence: number;
}

/** One article's own date: a mark of its own on the chart. */
export interface TimelineArticle extends TimelineArticleView {
  uri: vscode.Uri;
}

export interface Timeline {
  items: TimelineItem[];
  /** The server had more dated mentions than were asked for; these are the earliest. */
  partial: boolean;
  /** The dated articles of the same articles, by their own date. */
  articles: TimelineArticle[];
  /** The server had more dated articles than were asked for; these are the earliest. */
  articlesPartial: boolean;
}

/** Reads one line of an article (the caller decides how documents are opened). */
export type LineReader = (uri: vscode.Uri, line: number) => Promise<string | undefined>;

/** Dated mentions shown at most: each is a line to read. */
export const TIMELINE_LIMIT = 1000;
/** Article dates drawn at most: each is a small record, none is read, so a whole corpus of the default `seedlens.articles.maxFiles`. */
export const ARTICLE_DATES_LIMIT = 20_000;
const CONTEXT_WIDTH = 70;
const CONCURRENCY = 8;

/**
 * The day the server placed a value on (`YYYY-MM-DD`); undefined for the values it could not place,
 * whose sort key is the value itself (`XXXX-10`, `PAST_REF`).
 */
export function placedDay(sortKey: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(sortKey) ? sortKey : undefined;
}

/** The line around `[start, end)`, cut between words at most `width` characters each side (cuts marked with …). */
export function contextAround(line: string, start: number, end: number, width = CONTEXT_WIDTH): { before: string; text: string; after: string } {
  let from = Math.max(0, start - width);
  let to = Math.min(line.length, end + width);
  // Cut between words, not inside one.
  if (from > 0) {
    const space = line.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < line.length) {
    const space = line.slice(end, to).search(/\s\S*$/);
    if (space >= 0) to = end + space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${line.slice(from, start).trimStart()}`,
    text: line.slice(start, end),
    after: `${line.slice(end, to).trimEnd()}${to < line.length ? '…' : ''}`,
  };
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The dated mentions of the corpus in time order, or only those of the articles that mention entity `entityId`; and those articles' own dates. */
export async function gatherTimeline(
  server: SeedlensServer,
  readLine: LineReader,
  options: { entityId?: string; limit?: number; articleLimit?: number } = {},
): Promise<Timeline> {
  const limit = options.limit ?? TIMELINE_LIMIT;
  const articleLimit = options.articleLimit ?? ARTICLE_DATES_LIMIT;
  const which = options.entityId !== undefined ? { entityId: options.entityId } : {};
  // One more than shown, to know whether there are more.
  const [entries, dated] = await Promise.all([server.timeline({ ...which, limit: limit + 1 }), server.articleDates({ ...which, limit: articleLimit + 1 })]);
  const items = await mapLimit(entries.slice(0, limit), CONCURRENCY, async (entry): Promise<TimelineItem> => {
    const location = toLocation(entry);
    const { start, end } = location.range;
    const line = await readLine(location.uri, start.line);
    const context = line === undefined ? { before: '', text: entry.text, after: '' } : contextAround(line, start.character, end.line === start.line ? end.character : line.length);
    return { value: entry.value, label: entry.label ?? entry.value, sortKey: placedDay(entry.sortKey), location, article: fileName(location.uri), ...context };
  });
  const articles = dated.slice(0, articleLimit).map((a): TimelineArticle => {
    const uri = vscode.Uri.parse(a.uri);
    return { uri, article: fileName(uri), title: a.title, dct: a.dct, label: a.dctLabel, source: a.dctSource, confidence: a.dctConfidence };
  });
  return { items, partial: entries.length > limit, articles, articlesPartial: dated.length > articleLimit };
}
