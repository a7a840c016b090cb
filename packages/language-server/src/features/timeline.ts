import type { TimelineFilter } from '@seedlens/query';
import type { Position, Range } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';
import { dateInWords } from '../date-words.js';
import { entityRef, type EntityRef } from '../entity-ref.js';

/** One dated mention of a `seedlens/timeline` answer. */
export interface TimelineItem {
  uri: string;
  range: Range;
  /** TIMEX3 value as in the article. */
  value: string;
  /** The value (and its modifier) in words: "16 February 2017", "the 1980s", "early 2014", "October (year not given)". */
  label: string;
  /** The earliest day the value can mean (`YYYY-MM-DD`); for a value that cannot be placed, the value itself (it sorts last). */
  sortKey: string;
  /** The placement is inferred (a value without a year placed by the article's date). */
  approximate: boolean;
  /** The date as written. */
  text: string;
  /** Actors and places in the same sentence. */
  with: EntityRef[];
}

export interface TimelineOptions {
  /** Only the articles that mention this entity. */
  entityId?: string;
  /** With `position`: only the articles that mention the entity at that position. */
  uri?: string;
  position?: Position;
  /** Only the articles matching this search query (throws QuerySyntaxError when malformed). */
  query?: string;
  limit?: number;
}

/** The corpus's filter for the articles of a timeline request; undefined when its position names no entity. */
export function timelineFilter(view: CorpusView, options: Omit<TimelineOptions, 'limit'>): TimelineFilter | undefined {
  let entityId = options.entityId;
  if (entityId === undefined && options.uri !== undefined && options.position !== undefined) {
    const offset = view.positions(options.uri)?.offset(options.position);
    entityId = offset === undefined ? undefined : view.corpus.mentionAt(options.uri, offset)?.entityId;
    if (entityId === undefined) return undefined;
  }
  return { ...(entityId !== undefined && { entityId }), ...(options.query !== undefined && { query: options.query }) };
}

/** Default number of entries: a timeline to read, not every date of a large corpus. */
export const DEFAULT_TIMELINE_LIMIT = 1000;

/**
 * The corpus' dated mentions in time order, optionally of the articles that mention an entity
 * (by id, or the one at a position) and match a query. Empty when the position names no entity;
 * mentions an edit not yet analysed touched are left out.
 */
export function timeline(view: CorpusView, options: TimelineOptions = {}): TimelineItem[] {
  const filter = timelineFilter(view, options);
  if (!filter) return [];
  const entries = view.corpus.timeline(filter);
  const limit = options.limit ?? DEFAULT_TIMELINE_LIMIT;
  const refs = new Map<string, EntityRef | undefined>();
  const refOf = (id: string): EntityRef | undefined => {
    if (!refs.has(id)) {
      const entity = view.corpus.entity(id);
      refs.set(id, entity && entityRef(entity));
    }
    return refs.get(id);
  };
  const items: TimelineItem[] = [];
  for (const entry of entries) {
    if (items.length >= limit) break;
    const range = view.positions(entry.uri)?.range(entry.mention.start, entry.mention.end);
    if (!range) continue;
    items.push({
      uri: entry.uri,
      range,
      value: entry.value,
      label: dateInWords(entry.value, entry.mention.mod),
      sortKey: entry.sortKey,
      approximate: entry.approximate,
      text: entry.mention.text,
      with: entry.with.map(refOf).filter((r): r is EntityRef => r !== undefined),
    });
  }
  return items;
}
