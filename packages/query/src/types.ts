import type { Analysis, DctSource, Mention, MentionKind, MentionType } from '@seedlens/core';

/** One entity of the whole corpus: the per-article entities of core joined across articles. */
export interface CorpusEntity {
  /** Stable corpus id, e.g. `person:valery-gerasimov`, `place:baku`, `date:2017-02-16`. */
  id: string;
  type: MentionType;
  /** The kind seen most often (an entity may be typed differently in a few articles). */
  kind?: MentionKind;
  /** Canonical name: the most complete form seen anywhere in the corpus. */
  name: string;
  /** Every surface form seen, canonical name first, de-duplicated. */
  names: string[];
  /** Every kind seen, most frequent first. */
  kinds: MentionKind[];
  /** Dates only: the TIMEX3 value. */
  value?: string;
  /** Number of articles with at least one mention. */
  articleCount: number;
  mentionCount: number;
}

/** A place of the corpus with coordinates: what a map draws. */
export interface CorpusPlace {
  /** Corpus entity id, as in `entities()`. */
  id: string;
  name: string;
  kind?: MentionKind;
  /** [longitude, latitude], WGS84 (core's gazetteer). */
  coordinates: [number, number];
  /** The data set's id: `geonames:524901`, `iso3166-1:GE`, `iso3166-2:US-GA`. */
  gazetteerId?: string;
  articleCount: number;
  mentionCount: number;
  /** Its top articles, most mentions first. */
  articles: SearchHit[];
}

/** A mention located in the corpus, carrying its corpus entity id (not core's per-article id). */
export interface CorpusMention {
  uri: string;
  mention: Mention;
  /** Corpus entity id (may differ from `mention.entityId`, which is per article). */
  entityId: string;
}

export interface CorpusDocument {
  uri: string;
  analysis: Analysis;
  /** Title: front matter `title`, else the first section's title, else the file name. */
  title: string;
}

export interface SharedEntity {
  entityId: string;
  name: string;
  type: MentionType;
  /** This entity's contribution to the score. */
  weight: number;
}

export interface RelatedArticle {
  uri: string;
  title: string;
  score: number;
  /** The shared entities that explain the score, strongest first. */
  shared: SharedEntity[];
}

export interface SearchHit {
  uri: string;
  title: string;
  score: number;
}

export interface TimelineFilter {
  /** A search query restricting the articles (same language as `search`). */
  query?: string;
  /** Only dated mentions in articles that mention this entity. */
  entityId?: string;
}

export interface TimelineEntry {
  uri: string;
  mention: Mention;
  /** TIMEX3 value as in the article. */
  value: string;
  /**
   * Where the entry sorts: the earliest day the value can mean (`2017` → `2017-01-01`).
   * Unresolved values (`XXXX-10`, `PRESENT_REF`) are placed by the article's DCT when known.
   */
  sortKey: string;
  /** True when the placement is inferred (unresolved value placed by the DCT or left at the end). */
  approximate: boolean;
  /** Actors and places in the same sentence, as corpus entity ids. */
  with: string[];
}

/** An article's own date (its DCT): a mark of its own on a timeline. */
export interface DatedArticle {
  uri: string;
  title: string;
  /** `YYYY-MM-DD`. */
  dct: string;
  /** Where the date was found; `option` when it was given. */
  dctSource: DctSource;
  /** How sure core is of it, 0–1 (1 when given). */
  dctConfidence: number;
}

export interface Cooccurrence {
  entityId: string;
  name: string;
  type: MentionType;
  /** Articles in which both appear. */
  articles: number;
  /** Sentences in which both appear. */
  sentences: number;
  /** The articles, most shared sentences first. */
  uris: string[];
}

/** A query the parser rejected; `offset` is the index of the offending character. */
export class QuerySyntaxError extends Error {
  constructor(message: string, readonly offset: number, readonly query: string) {
    super(`${message} at character ${offset + 1}`);
    this.name = 'QuerySyntaxError';
  }
}
