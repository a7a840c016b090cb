// The byte format of a corpus snapshot (store/corpus-snapshot.ts): varints, strings as indexes into one
// table, and numeric arrays as their raw bytes, aligned, so that reading one back is a view of
// the file, not a loop over its numbers.
//
// The writer hands its bytes to a sink in chunks as it goes, so that a snapshot of a large corpus
// is never held in memory whole while it is written.
//
// Bytes set aside (`aside`: the articles' texts) go after everything else, in a part of the file
// that a reader leaves on disk and reads from when asked (`AsideBytes`): a corpus reopened from
// a snapshot holds views of the rest, but needs a text only to rebuild an analysis.
import { type AnalysisRecord, StringTable, VarintReader, VarintWriter, transcodeRecord } from './analysis-record.js';

const CHUNK = 1 << 20;

type NumberArray = Int32Array | Uint32Array | Uint16Array;

/** The bytes set aside in a snapshot, read when asked (store/snapshot-texts.ts). */
export interface AsideBytes {
  /** `length` bytes from `at` (counted from the start of the bytes set aside); throws when it cannot. */
  read(at: number, length: number): Uint8Array;
}

/** Where one run of bytes set aside is. */
export interface AsideRef {
  readonly from: AsideBytes;
  readonly at: number;
  readonly length: number;
}

export class SnapshotWriter {
  private readonly table = new StringTable();
  private readonly scratch = new VarintWriter();
  private chunk = new Uint8Array(CHUNK);
  private at = 0;
  private flushed = 0;
  /** Runs of bytes set aside, in order (those kept elsewhere read only when written), and their length in all. */
  readonly asideRuns: (Uint8Array | AsideRef)[] = [];
  private asideLength = 0;

  /** `sink` takes each part in order, and is done with it when it returns (the chunk is reused). */
  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  /** Bytes written so far. */
  get position(): number {
    return this.flushed + this.at;
  }

  uint(n: number): void {
    if (!(n >= 0 && Number.isSafeInteger(n))) throw new RangeError(`snapshot: ${n} is not an unsigned integer`);
    if (this.at + 8 > this.chunk.length) this.flush();
    const chunk = this.chunk;
    while (n >= 0x80) {
      chunk[this.at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    chunk[this.at++] = n;
  }

  int(n: number): void {
    this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  str(s: string): void {
    this.uint(this.table.id(s));
  }

  /** An optional string: 0 for none, else its index + 1. */
  opt(s: string | undefined): void {
    this.uint(s === undefined ? 0 : this.table.id(s) + 1);
  }

  /** Unsigned integers, count first. */
  uints(list: ArrayLike<number>): void {
    this.uint(list.length);
    for (let i = 0; i < list.length; i++) this.uint(list[i]!);
  }

  /** A numeric array's raw bytes (count first), aligned to its element size from the start of the snapshot. */
  array(list: NumberArray): void {
    this.uint(list.length);
    this.values(list);
  }

  /** Bytes, count first. */
  bytes(bytes: Uint8Array): void {
    this.uint(bytes.length);
    this.values(bytes);
  }

  /**
   * Bytes set aside, written after everything else (see the top of this file): here, only where
   * they will be. The caller writes `asideRuns` at the end, and must not change them until then.
   * Bytes kept elsewhere (`AsideRef`) are read only then, one run at a time.
   */
  aside(bytes: Uint8Array | AsideRef): void {
    this.uint(this.asideLength);
    this.uint(bytes.length);
    this.asideRuns.push(bytes);
    this.asideLength += bytes.length;
  }

  /** An analysis record, its strings moved onto this snapshot's table (read back by `SnapshotReader.record`). */
  record(record: AnalysisRecord): void {
    const out = this.scratch;
    out.length = 0;
    transcodeRecord(record, this.table, out);
    this.bytes(out.view());
  }

  /**
   * A numeric array's raw bytes without a count, aligned like `array`: an array written as its
   * count and then several such runs reads back as one.
   */
  values(list: NumberArray | Uint8Array): void {
    // Nothing to align when there is nothing: the reader does not align an empty array either.
    if (list.length === 0) return;
    const size = list.BYTES_PER_ELEMENT;
    if (this.at + size > this.chunk.length) this.flush();
    while (this.position % size !== 0) this.chunk[this.at++] = 0;
    const bytes = new Uint8Array(list.buffer, list.byteOffset, list.byteLength);
    if (this.at + bytes.length <= this.chunk.length) {
      this.chunk.set(bytes, this.at);
      this.at += bytes.length;
      return;
    }
    this.flush();
    if (bytes.length < CHUNK / 2) {
      this.chunk.set(bytes);
      this.at = bytes.length;
    } else {
      this.sink(bytes);
      this.flushed += bytes.length;
    }
  }

  /** Writes what is left and returns the string table (to be stored after the bytes). */
  finish(): string[] {
    this.flush();
    return this.table.strings;
  }

  private flush(): void {
    if (this.at === 0) return;
    this.sink(this.chunk.subarray(0, this.at));
    this.flushed += this.at;
    this.at = 0;
  }
}

/** Reads what SnapshotWriter wrote, throwing a RangeError on anything out of bounds (a damaged snapshot). */
export class SnapshotReader extends VarintReader {
  /** `bytes`: the snapshot's bytes from its start (alignment is counted from there). */
  constructor(
    bytes: Uint8Array,
    private readonly strings: readonly string[],
    /** The bytes set aside, and how many there are. */
    private readonly asideBytes?: { from: AsideBytes; length: number },
  ) {
    super(bytes);
  }

  /** Where bytes written by `SnapshotWriter.aside` are (they are not read here). */
  aside(): AsideRef {
    const at = this.uint();
    const length = this.uint();
    if (!this.asideBytes || at + length > this.asideBytes.length) throw new RangeError('bad bytes set aside in snapshot');
    return { from: this.asideBytes.from, at, length };
  }

  get done(): boolean {
    return this.at === this.bytes.length;
  }

  int(): number {
    const n = this.uint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  str(): string {
    const s = this.strings[this.uint()];
    if (s === undefined) throw new RangeError('bad string in snapshot');
    return s;
  }

  opt(): string | undefined {
    const n = this.uint();
    if (n === 0) return undefined;
    const s = this.strings[n - 1];
    if (s === undefined) throw new RangeError('bad string in snapshot');
    return s;
  }

  uints(): number[] {
    const out = new Array<number>(this.count());
    for (let i = 0; i < out.length; i++) out[i] = this.uint();
    return out;
  }

  int32s(): Int32Array {
    return this.array(Int32Array);
  }

  uint32s(): Uint32Array {
    return this.array(Uint32Array);
  }

  uint16s(): Uint16Array {
    return this.array(Uint16Array);
  }

  /** An analysis record written by `SnapshotWriter.record`: a view of the snapshot, on its string table. */
  record(): AnalysisRecord {
    return { strings: this.strings, bytes: this.bytesView() };
  }

  /** Bytes: a view of the snapshot. */
  bytesView(): Uint8Array {
    return this.array(Uint8Array);
  }

  private array<T extends NumberArray | Uint8Array>(Type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number }): T {
    const n = this.uint();
    if (n === 0) return new Type(0);
    const size = Type.BYTES_PER_ELEMENT;
    while (this.at % size !== 0) this.at++;
    const end = this.at + n * size;
    if (end > this.bytes.length) throw new RangeError('snapshot ends early');
    const offset = this.bytes.byteOffset + this.at;
    let out: T;
    if (offset % size === 0) out = new Type(this.bytes.buffer, offset, n);
    else {
      // Not aligned in memory (the file's bytes were not read to an aligned buffer): copy.
      out = new Type(n);
      new Uint8Array(out.buffer).set(this.bytes.subarray(this.at, end));
    }
    this.at = end;
    return out;
  }
}
