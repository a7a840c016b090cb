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
  /**
   * Places the gazetteer knows only: `[longitude, latitude]` in WGS84 degrees (a country's or
   * region's representative point, a city's own), to two decimals.
   */
  coordinates?: [number, number];
  /** Places the gazetteer knows only: the data set's id, `geonames:524901`, `iso3166-1:GE` or `iso3166-2:US-GA`. */
  gazetteerId?: string;
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

/**
 * Where an article's date came from: given by the caller (`option`), its front matter's `date:`,
 * its file name or folders, a header line (`Published:`, a dateline, a byline, a date line under
 * the title), or the latest full date of its opening paragraphs (`text`).
 */
export type DctSource = 'option' | 'front-matter' | 'file-name' | 'header' | 'text';

/** What an article's date was read from. */
export interface DctEvidence {
  /** The date as written: in the header or text (`Dec. 18, 2019`), in the path (`20130322`), in front matter. */
  text: string;
  /** Where it is written in the text (header and text only). */
  start?: number;
  end?: number;
  /** The whole header line it was read from. */
  line?: string;
  /** Words of the opening that agree with a date found in the text ("today", "Wednesday"), and those that do not. */
  agreeing?: string[];
  disagreeing?: string[];
}

export interface Analysis {
  source: Source;
  /** YYYY-MM-DD of the document creation time (DCT), or null when unknown. */
  dct: string | null;
  /**
   * Where the DCT came from; null when there is none. Always set by `analyze`; optional only so
   * that analyses kept from older versions still type-check.
   */
  dctSource?: DctSource | null;
  /** How sure the DCT is, 0–1: 1 when given (option, front matter), less when found, 0 when none. */
  dctConfidence?: number;
  dctEvidence?: DctEvidence;
  /** Sorted by start; never overlapping. */
  mentions: Mention[];
  entities: Entity[];
}

export interface AnalyzeOptions {
  /**
   * Document creation time (YYYY-MM-DD or a full ISO date); it overrides front matter `date:` and
   * anything found. `'none'`: the article has no DCT, and none is looked for (relative dates keep
   * their unknown parts). Unset or null: front matter, else found in the path, header or text.
   */
  dct?: string | null;
  /** The file's path or URI: a date in its name or folders (`2019-12-18-bern.txt`, `2019/12/18/`) is the DCT. */
  path?: string;
}
