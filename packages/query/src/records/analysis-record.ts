import type { Analysis, DctSource, Entity, Mention } from '@seedlens/core';

/**
 * One analysis, without its text, as unsigned LEB128 varints plus the strings they point to.
 * Workers send records (the bytes are transferred, not copied), the cache stores them, and
 * rebuilding an Analysis from one creates only the objects the Analysis itself holds.
 *
 * Grammar (S = a string, as an index into `strings`; S? = optional string, stored + 1, 0 = none):
 *   dct S?, meta S (JSON: source without text, and fields core may add later),
 *   entity count, per entity: id S, type S, kind S?, name S, alias count, aliases S…, other S?,
 *   mention count, per mention: start − previous start (zigzag), length, entity (index × 2, or
 *   id S × 2 + 1 when not among the entities), value S?, role S?, mod S?, other S?.
 * `other` is JSON of unknown fields, and of a mention's type, kind or text where they differ
 * from its entity's and from its span.
 */
export interface AnalysisRecord {
  strings: readonly string[];
  bytes: Uint8Array;
}

const ANALYSIS_KEYS = new Set(['source', 'dct', 'mentions', 'entities']);
const ENTITY_KEYS = new Set(['id', 'type', 'kind', 'name', 'aliases']);
const MENTION_KEYS = new Set(['start', 'end', 'text', 'type', 'kind', 'entityId', 'value', 'role', 'mod']);

/** Strings numbered in order of first use. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  /** `detach`: keep copies that hold nothing of the strings they were cut from (see `detached`). */
  constructor(private readonly detach = false) {}

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.push(this.detach ? detached(s) : s) - 1;
      this.ids.set(s, id);
    }
    return id;
  }
}

/**
 * A copy of `s` that does not keep alive the string it was cut from. V8 makes a substring of 13
 * or more characters a view of its parent: a name kept from an article analysed in this thread
 * kept the article's whole text, about 30 MB of texts when a large folder was opened. Joining
 * it to another string and cutting that off again makes V8 copy the characters once.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** A growable byte buffer of varints. */
export class VarintWriter {
  private bytes = new Uint8Array(4096);
  length = 0;

  uint(n: number): void {
    if (this.length + 8 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes.subarray(0, this.length));
      this.bytes = bigger;
    }
    while (n >= 0x80) {
      this.bytes[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.bytes[this.length++] = n;
  }

  /** A copy of the bytes written, in an ArrayBuffer of its own (so it can be transferred). */
  take(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads varints, throwing past the end (a damaged record). */
export class VarintReader {
  constructor(
    protected readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  uint(): number {
    const bytes = this.bytes;
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= bytes.length) throw new RangeError('record ends early');
      const b = bytes[this.at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
      if (scale > 2 ** 49) throw new RangeError('bad number in record');
    }
  }

  /** A count, which cannot exceed the bytes left (every item takes at least one). */
  count(): number {
    const n = this.uint();
    if (n > this.bytes.length - this.at) throw new RangeError('bad count in record');
    return n;
  }
}

/** Encodes an analysis; fields core may add later are kept as JSON. */
export function encodeRecord(analysis: Analysis): AnalysisRecord {
  // The record outlives the analysis (and its text) in the corpus and the cache.
  const table = new StringTable(true);
  const out = new VarintWriter();
  const str = (s: string) => out.uint(table.id(s));
  const opt = (s: string | undefined) => out.uint(s === undefined ? 0 : table.id(s) + 1);
  const json = (value: object | undefined) => opt(value === undefined ? undefined : JSON.stringify(value));

  const { text, ...source } = analysis.source;
  opt(analysis.dct ?? undefined);
  str(JSON.stringify({ source, other: otherKeys(analysis, ANALYSIS_KEYS) }));
  const index = new Map<string, number>();
  out.uint(analysis.entities.length);
  for (const [i, entity] of analysis.entities.entries()) {
    index.set(entity.id, i);
    str(entity.id);
    str(entity.type);
    opt(entity.kind);
    str(entity.name);
    out.uint(entity.aliases.length);
    for (const alias of entity.aliases) str(alias);
    json(otherKeys(entity, ENTITY_KEYS));
  }
  out.uint(analysis.mentions.length);
  let previous = 0;
  for (const mention of analysis.mentions) {
    const i = index.get(mention.entityId);
    const entity = i === undefined ? undefined : analysis.entities[i];
    let other = otherKeys(mention, MENTION_KEYS);
    if (entity?.type !== mention.type) (other ??= {}).type = mention.type;
    if (entity?.kind !== mention.kind) (other ??= {}).kind = mention.kind ?? null;
    if (!text.startsWith(mention.text, mention.start) || mention.end - mention.start !== mention.text.length) (other ??= {}).text = mention.text;
    const delta = mention.start - previous;
    previous = mention.start;
    out.uint(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    out.uint(mention.end - mention.start);
    out.uint(i !== undefined ? i * 2 : table.id(mention.entityId) * 2 + 1);
    opt(mention.value);
    opt(mention.role);
    opt(mention.mod);
    json(other);
  }
  return { strings: table.strings, bytes: out.take() };
}

/** Rebuilds the analysis of `text`; undefined when the record is damaged or does not fit the text (never throws). */
export function decodeRecord(record: AnalysisRecord, text: string): Analysis | undefined {
  try {
    return decode(record, text);
  } catch {
    return undefined;
  }
}

function decode({ strings, bytes }: AnalysisRecord, text: string): Analysis | undefined {
  const r = new VarintReader(bytes);
  const string = (i: number): string => {
    const s = strings[i];
    if (typeof s !== 'string') throw new RangeError('bad string in record');
    return s;
  };
  const str = () => string(r.uint());
  const opt = (): string | undefined => {
    const n = r.uint();
    return n === 0 ? undefined : string(n - 1);
  };

  const dct = opt() ?? null;
  const meta = JSON.parse(str()) as { source: Omit<Analysis['source'], 'text'>; other?: Record<string, unknown> };
  const entities = new Array<Entity>(r.count());
  for (let e = 0; e < entities.length; e++) {
    const id = str();
    const type = str() as Entity['type'];
    const kind = opt() as Entity['kind'];
    const name = str();
    const aliases = new Array<string>(r.count());
    for (let a = 0; a < aliases.length; a++) aliases[a] = str();
    const entity: Entity = kind === undefined ? { id, type, name, aliases } : { id, type, kind, name, aliases };
    const other = opt();
    entities[e] = other === undefined ? entity : Object.assign(entity, JSON.parse(other));
  }
  const mentions = new Array<Mention>(r.count());
  let start = 0;
  for (let m = 0; m < mentions.length; m++) {
    const delta = r.uint();
    start += delta % 2 === 0 ? delta / 2 : -(delta + 1) / 2;
    const end = start + r.uint();
    if (start < 0 || end > text.length) return undefined;
    const ref = r.uint();
    const entity = ref % 2 === 0 ? entities[ref / 2] : undefined;
    if (ref % 2 === 0 && entity === undefined) return undefined;
    const entityId = entity ? entity.id : string((ref - 1) / 2);
    const mention: Mention =
      entity?.kind === undefined
        ? { start, end, text: text.slice(start, end), type: entity?.type as Mention['type'], entityId }
        : { start, end, text: text.slice(start, end), type: entity.type, kind: entity.kind, entityId };
    const value = r.uint();
    const role = r.uint();
    const mod = r.uint();
    const other = r.uint();
    if (role !== 0) mention.role = string(role - 1);
    if (value !== 0) mention.value = string(value - 1);
    if (mod !== 0) mention.mod = string(mod - 1) as Mention['mod'];
    if (other !== 0) {
      Object.assign(mention, JSON.parse(string(other - 1)));
      if (mention.kind === null) delete mention.kind;
    }
    mentions[m] = mention;
  }
  const analysis: Analysis = { source: { text, ...meta.source }, dct, mentions, entities };
  return meta.other ? Object.assign(analysis, meta.other) : analysis;
}

/** An article's own date as a record keeps it: enough for a timeline's marks, without rebuilding the analysis. */
export interface RecordDate {
  dct: string | null;
  dctSource: DctSource | null;
  dctConfidence: number | null;
}

/** The DCT, and where core found it and how sure it is, read from a record's first two fields only. */
export function recordDate({ strings, bytes }: AnalysisRecord): RecordDate {
  const r = new VarintReader(bytes);
  const dct = r.uint();
  const meta = JSON.parse(strings[r.uint()]!) as { other?: { dctSource?: DctSource | null; dctConfidence?: number } };
  return { dct: dct === 0 ? null : strings[dct - 1]!, dctSource: meta.other?.dctSource ?? null, dctConfidence: meta.other?.dctConfidence ?? null };
}

/** What the corpus reads of a record without rebuilding it. */
export interface RecordHead {
  dct: string | null;
  mentions: number;
}

/**
 * The DCT and mention count of a record, after checking, without creating any object, that it
 * decodes and fits a text of `textLength` with its mentions in order (what the corpus relies on
 * when it keeps the record and rebuilds the analysis only when asked); undefined otherwise.
 */
export function recordHead({ strings, bytes }: AnalysisRecord, textLength: number): RecordHead | undefined {
  try {
    const r = new VarintReader(bytes);
    const ref = (n: number): number => {
      if (n >= strings.length || typeof strings[n] !== 'string') throw new RangeError('bad string in record');
      return n;
    };
    const str = () => ref(r.uint());
    const opt = () => {
      const n = r.uint();
      if (n !== 0) ref(n - 1);
      return n;
    };
    const dct = opt();
    str();
    const entities = r.count();
    for (let e = 0; e < entities; e++) {
      str();
      str();
      opt();
      str();
      for (let a = r.count(); a > 0; a--) str();
      opt();
    }
    const mentions = r.count();
    let start = 0;
    for (let m = 0; m < mentions; m++) {
      const delta = r.uint();
      if (delta % 2 !== 0) return undefined; // out of order
      start += delta / 2;
      if (start + r.uint() > textLength) return undefined;
      const entity = r.uint();
      if (entity % 2 === 0 ? entity / 2 >= entities : (ref((entity - 1) / 2), false)) return undefined;
      opt();
      opt();
      opt();
      opt();
    }
    if (r.at !== bytes.length) return undefined;
    return { dct: dct === 0 ? null : strings[dct - 1]!, mentions };
  } catch {
    return undefined;
  }
}

/**
 * Rewrites a record onto another string table, appending to `out`: how records from workers
 * and from an old pack join one pack without being decoded into objects. Throws on a damaged record.
 */
export function transcodeRecord({ strings, bytes }: AnalysisRecord, table: StringTable, out: VarintWriter): void {
  const r = new VarintReader(bytes);
  const string = (i: number): string => {
    const s = strings[i];
    if (typeof s !== 'string') throw new RangeError('bad string in record');
    return s;
  };
  const copy = () => out.uint(r.uint());
  const str = () => out.uint(table.id(string(r.uint())));
  const opt = () => {
    const n = r.uint();
    out.uint(n === 0 ? 0 : table.id(string(n - 1)) + 1);
  };
  const count = () => {
    const n = r.count();
    out.uint(n);
    return n;
  };

  opt();
  str();
  for (let e = count(); e > 0; e--) {
    str();
    str();
    opt();
    str();
    for (let a = count(); a > 0; a--) str();
    opt();
  }
  for (let m = count(); m > 0; m--) {
    copy();
    copy();
    const ref = r.uint();
    out.uint(ref % 2 === 0 ? ref : table.id(string((ref - 1) / 2)) * 2 + 1);
    opt();
    opt();
    opt();
    opt();
  }
}

/** Own enumerable fields outside `known` (allocation-free when there are none, the usual case). */
function otherKeys(value: object, known: Set<string>): Record<string, unknown> | undefined {
  let other: Record<string, unknown> | undefined;
  for (const key in value) {
    if (known.has(key) || !Object.hasOwn(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) (other ??= {})[key] = v;
  }
  return other;
}
