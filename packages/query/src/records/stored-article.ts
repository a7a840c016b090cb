// An article's analysis as the corpus keeps it: the Analysis it was given, or, for articles
// opened from a folder, the compact record the analysing thread made (analysis-record.ts) and
// the text packed (packed-text.ts), from which the analysis is rebuilt when asked for. Related articles, search
// and the entity join never ask (they work on the indexes); 650,000 mention objects of 10,000
// articles, and their texts as UTF-16, were most of the corpus's memory.
import type { Analysis, Mention } from '@seedlens/core';
import { type AnalysisRecord, type RecordDate, decodeRecord, encodeRecord, recordDate } from './analysis-record.js';
import { packText, unpackText } from './packed-text.js';
import type { AsideRef, SnapshotReader, SnapshotWriter } from './snapshot-format.js';

type WellFormed = string & { isWellFormed?(): boolean };

/** Where packed texts and records' bytes can be kept out of memory (store/text-spool.ts). */
export interface TextSpooler {
  /** Keeps `bytes`, and tells where; undefined when it cannot (then the caller keeps them). */
  put(bytes: Uint8Array): AsideRef | undefined;
}

/** A record whose bytes a spool keeps. */
interface SpooledRecord {
  readonly strings: readonly string[];
  readonly spooled: AsideRef;
}

export class StoredArticle {
  /** The rebuilt analysis, the same object for as long as anyone holds it. */
  private rebuilt: WeakRef<Analysis> | undefined;

  private constructor(
    private readonly given: Analysis | undefined,
    /** The record, or its strings and where a spool keeps its bytes (read when needed). */
    private readonly record: AnalysisRecord | SpooledRecord | undefined,
    /**
     * The text packed (packed-text.ts), or where a snapshot keeps it packed (read when needed: a
     * reopened corpus holds no text), or as a string when it is not well-formed.
     */
    private readonly packed: Uint8Array | AsideRef | string,
  ) {}

  static holding(analysis: Analysis): StoredArticle {
    return new StoredArticle(analysis, undefined, '');
  }

  /**
   * A record that fits `text` (checked by recordHead); `utf8`: the text's UTF-8 bytes, when at hand.
   * `spooled.spool`: where to keep the packed text and the record's bytes rather than in memory
   * (`spooled.record`: where it keeps the record's bytes already).
   */
  static fromRecord(record: AnalysisRecord, text: string, utf8?: Uint8Array, spooled?: { spool: TextSpooler; record?: AsideRef | undefined }): StoredArticle {
    const packed = utf8 || wellFormed(text) ? packText(text, utf8) : text;
    const keep = spooled && typeof packed !== 'string' ? (spooled.spool.put(packed) ?? packed) : packed;
    const recordAt = spooled && (spooled.record ?? spooled.spool.put(record.bytes));
    if (recordAt) return new StoredArticle(undefined, { strings: record.strings, spooled: recordAt }, keep);
    // A record read from a cache pack is a view of the whole pack: keep a copy of its own bytes.
    const { bytes } = record;
    const own = bytes.byteLength === bytes.buffer.byteLength ? record : { strings: record.strings, bytes: new Uint8Array(bytes) };
    return new StoredArticle(undefined, own, keep);
  }

  /** Writes the record and the text (see store/corpus-snapshot.ts); an analysis given whole is written as its record. */
  writeSnapshot(w: SnapshotWriter): void {
    w.record(this.record ? this.recordNow() : encodeRecord(this.given!));
    const text = this.given ? this.given.source.text : this.packed;
    if (typeof text === 'string' && !wellFormed(text)) {
      w.uint(0);
      w.str(text);
    } else {
      w.uint(1);
      w.aside(typeof text === 'string' ? packText(text) : text);
    }
  }

  /** The article `writeSnapshot` wrote, its record and text views of the snapshot. */
  static fromSnapshot(r: SnapshotReader): StoredArticle {
    const record = r.record();
    const text = r.uint() === 0 ? r.str() : r.aside();
    return new StoredArticle(undefined, record, text);
  }

  analysis(): Analysis {
    if (this.given) return this.given;
    let analysis = this.rebuilt?.deref();
    if (!analysis) {
      analysis = this.rebuild();
      this.rebuilt = new WeakRef(analysis);
    }
    return analysis;
  }

  /** The analysis for one use inside the corpus: rebuilt from a record and not kept, unless someone holds it already. */
  transient(): Analysis {
    return this.given ?? this.rebuilt?.deref() ?? this.rebuild();
  }

  /** The mentions, sorted by start (see `transient`). */
  mentions(): readonly Mention[] {
    return this.transient().mentions;
  }

  /** The article's own date and where it was found, from the record when there is one (nothing is rebuilt). */
  date(): RecordDate {
    const analysis = this.given ?? this.rebuilt?.deref();
    if (!analysis) return recordDate(this.recordNow());
    return { dct: analysis.dct, dctSource: analysis.dctSource ?? null, dctConfidence: analysis.dctConfidence ?? null };
  }

  text(): string {
    if (this.given) return this.given.source.text;
    const { packed } = this;
    return typeof packed === 'string' ? packed : unpackText(packed instanceof Uint8Array ? packed : readAside(packed));
  }

  /** The record, its bytes read from the spool if that is where they are. */
  private recordNow(): AnalysisRecord {
    const record = this.record!;
    return 'spooled' in record ? { strings: record.strings, bytes: readAside(record.spooled) } : record;
  }

  private rebuild(): Analysis {
    const analysis = decodeRecord(this.recordNow(), this.text());
    // The record was checked against the text when the article was indexed.
    if (!analysis) throw new Error('seedlens: a stored analysis could not be rebuilt');
    return analysis;
  }
}

function readAside({ from, at, length }: AsideRef): Uint8Array {
  return from.read(at, length);
}

/** A lone surrogate would not survive UTF-8: such a text is kept as a string. */
function wellFormed(text: string): boolean {
  return (text as WellFormed).isWellFormed?.() === true;
}
