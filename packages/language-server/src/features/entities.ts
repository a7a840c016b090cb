import type { MentionType } from '@seedlens/core';
import type { Corpus, CorpusEntity } from '@seedlens/query';
import type { Location } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';
import { entityRef, type EntityRef } from '../entity-ref.js';

/** One entity of a `seedlens/entities` answer. */
export interface EntityItem extends EntityRef {
  /** Dates only: the TIMEX3 value. */
  value?: string;
  articleCount: number;
  mentionCount: number;
  /**
   * Its first mention (first in the earliest article); null only while an edit not yet analysed
   * covers that mention.
   */
  first: Location | null;
}

export interface EntityPage {
  /** Entities that match, of which `items` is one page. */
  total: number;
  items: EntityItem[];
}

/** Default page size: a list to scroll, not the whole of a large corpus. */
export const DEFAULT_ENTITY_LIMIT = 100;

interface SortedEntities {
  version: number;
  byType: Map<string, CorpusEntity[]>;
}
// Pages and counts are asked again and again (scrolling, status polls) while the corpus stays the same.
const sorted = new WeakMap<Corpus, SortedEntities>();

function entitiesOf(corpus: Corpus, type: MentionType | undefined): CorpusEntity[] {
  let cache = sorted.get(corpus);
  if (!cache || cache.version !== corpus.version) {
    cache = { version: corpus.version, byType: new Map() };
    sorted.set(corpus, cache);
  }
  const key = type ?? '';
  let list = cache.byType.get(key);
  if (!list) {
    list = corpus.entities(type === undefined ? {} : { type });
    cache.byType.set(key, list);
  }
  return list;
}

/** How many entities the corpus holds. */
export function entityCount(corpus: Corpus): number {
  return entitiesOf(corpus, undefined).length;
}

/** The corpus' entities, those mentioned in most articles first (then most mentions, then name), one page at a time. */
export function entities(view: CorpusView, options: { type?: MentionType; limit?: number; offset?: number } = {}): EntityPage {
  const all = entitiesOf(view.corpus, options.type);
  const offset = options.offset ?? 0;
  const page = all.slice(offset, offset + (options.limit ?? DEFAULT_ENTITY_LIMIT));
  return {
    total: all.length,
    items: page.map((entity) => {
      const first = view.corpus.firstMention(entity.id);
      const range = first && view.positions(first.uri)?.range(first.mention.start, first.mention.end);
      return {
        ...entityRef(entity),
        ...(entity.value !== undefined && { value: entity.value }),
        articleCount: entity.articleCount,
        mentionCount: entity.mentionCount,
        first: first && range ? { uri: first.uri, range } : null,
      };
    }),
  };
}
