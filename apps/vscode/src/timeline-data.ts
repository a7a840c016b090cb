import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';
import { entityOfSymbol, SERVER_SYMBOL_LIMIT } from './entity-catalog.js';
import { mapLimit } from './map-limit.js';

/**
 * The timeline, gathered with standard LSP requests until the server offers one: the dates among
 * the listed entities (workspace/symbol), each date's TIMEX3 value (from its hover) and its
 * mentions (textDocument/references), each shown in the line it stands in.
 */

/** One dated mention, placed in time. */
export interface TimelineItem {
  /** TIMEX3 value, e.g. `2019-12-18`, `2017-02`, `198` (the 1980s). */
  value: string;
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

export interface Timeline {
  items: TimelineItem[];
  /** The server listed only its most mentioned entities, so some dates may be missing. */
  partial: boolean;
}

/** Reads one line of an article (the caller decides how documents are opened). */
export type LineReader = (uri: vscode.Uri, line: number) => Promise<string | undefined>;

const SEASONS: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };
const PARTS: Record<string, string> = { Q1: '01', Q2: '04', Q3: '07', Q4: '10', H1: '01', H2: '07' };
const CONTEXT_WIDTH = 70;
const CONCURRENCY = 8;

/** The Monday of ISO week `week` of `year`, as YYYY-MM-DD. */
function isoWeekStart(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/**
 * Where a TIMEX3 value sorts: the earliest day it can mean (`2017` → `2017-01-01`, `198` →
 * `1980-01-01`, `2017-SU` → `2017-06-01`); undefined for values with no place of their own
 * (`XXXX-10`, `PRESENT_REF`, durations).
 */
export function timexSortKey(value: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) return isoWeekStart(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${m[1]}-${m[2]}-01`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${m[1]}-${SEASONS[m[2]!]}-01`;
  if ((m = /^(\d{4})-(Q[1-4]|H[12])$/.exec(value))) return `${m[1]}-${PARTS[m[2]!]}-01`;
  if ((m = /^(\d{4})$/.exec(value))) return `${m[1]}-01-01`;
  if ((m = /^(\d{3})$/.exec(value))) return `${m[1]}0-01-01`;
  if ((m = /^(\d{2})$/.exec(value))) return `${m[1]}00-01-01`;
  return undefined;
}

/** The TIMEX3 value the server's hover gives for a date (its line "date · `VALUE[ MOD]`"). */
export function dateValueFromHover(markdown: string): string | undefined {
  return /^date · `([^`\s]+)/m.exec(markdown)?.[1];
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

/** Placed items first, in time order; then the unplaced; ties by article and position. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  if (a.sortKey !== b.sortKey) {
    if (a.sortKey === undefined) return 1;
    if (b.sortKey === undefined) return -1;
    return a.sortKey < b.sortKey ? -1 : 1;
  }
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  const ua = a.location.uri.toString();
  const ub = b.location.uri.toString();
  if (ua !== ub) return ua < ub ? -1 : 1;
  return a.location.range.start.compareTo(b.location.range.start);
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * The dated mentions of the corpus in time order, or only those in `articles` (URIs as strings),
 * the articles that mention some entity.
 */
export async function gatherTimeline(server: SeedlensServer, readLine: LineReader, filter: { articles?: ReadonlySet<string> } = {}): Promise<Timeline> {
  const symbols = await server.workspaceSymbols('');
  const dates = symbols.map(entityOfSymbol).filter((e) => e?.type === 'date');
  const found = await mapLimit(dates, CONCURRENCY, async (date) => {
    const { uri, range } = date!.location;
    const [markdown, locations] = await Promise.all([server.hoverMarkdown(uri, range.start), server.references(uri, range.start)]);
    const value = (markdown && dateValueFromHover(markdown)) || date!.name;
    return locations.filter((l) => !filter.articles || filter.articles.has(l.uri.toString())).map((location) => ({ value, location }));
  });
  const items = await mapLimit(found.flat(), CONCURRENCY, async ({ value, location }): Promise<TimelineItem> => {
    const { start, end } = location.range;
    const line = (await readLine(location.uri, start.line)) ?? '';
    const endCharacter = end.line === start.line ? end.character : line.length;
    return { value, sortKey: timexSortKey(value), location, article: fileName(location.uri), ...contextAround(line, start.character, endCharacter) };
  });
  return { items: items.sort(compareItems), partial: symbols.length >= SERVER_SYMBOL_LIMIT };
}
