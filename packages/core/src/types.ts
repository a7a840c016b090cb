/** A half-open range of JavaScript string indices (UTF-16 code units) into the text. */
export interface Range {
  start: number;
  end: number;
}

export type MentionType = 'actor' | 'place' | 'date';
export type ActorKind = 'person' | 'organization';
export type PlaceKind = 'country' | 'city' | 'region' | 'water' | 'continent' | 'other';
export type MentionKind = ActorKind | PlaceKind;
/** TIMEX3 modifiers that seedlens produces. */
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX';

/** One span of article text that names an actor, a place or a date. */
export interface Mention extends Range {
  text: string;
  type: MentionType;
  /** Actors and places only. */
  kind?: MentionKind;
  /** `person:valery-gerasimov`, `place:russia`, `date:2019-12`. */
  entityId: string;
  /** Title or rank written directly before a person's name, as written ("Army Gen."). */
  role?: string;
  /** Dates only: TIMEX3 value ("2019-12-18", "XXXX-10", "198", "PRESENT_REF"). */
  value?: string;
  mod?: DateMod;
}

/** One real-world actor, place or date within a document. */
export interface Entity {
  id: string;
  type: MentionType;
  kind?: MentionKind;
  /** Canonical name: the longest, most complete form seen. */
  name: string;
  /** Every other surface form seen for it in this document. */
  aliases: string[];
}

export interface FrontMatter extends Range {
  /** Scalar fields, as strings. */
  fields: Record<string, string>;
  title?: string;
  /** The document creation time as written in `date:`, normalized to YYYY-MM-DD when it parses. */
  date?: string;
  source?: string;
  url?: string;
}

/** One article of a file; digests hold several, each closed by a `Source: …` line. */
export interface Section extends Range {
  /** First non-empty line of the section. */
  title: string;
  /** The outlet named on its closing `Source: …` line. */
  source?: string;
}

/** The text model: where the article is, as opposed to chrome around it. */
export interface Source {
  /** The analysed text: the input without a leading byte-order mark. */
  text: string;
  /** True when the input started with a byte-order mark (offsets exclude it). */
  hadBom: boolean;
  frontMatter: FrontMatter | null;
  sections: Section[];
  /** Site chrome (banners, comment widgets, feed footers): holds no mentions. */
  furniture: Range[];
}

export interface Analysis {
  source: Source;
  /** YYYY-MM-DD of the document creation time, or null when unknown. */
  dct: string | null;
  /** Sorted by start; never overlapping. */
  mentions: Mention[];
  entities: Entity[];
}

export interface AnalyzeOptions {
  /** Document creation time (YYYY-MM-DD or a full ISO date). Overrides front matter `date:`. */
  dct?: string | null;
}
