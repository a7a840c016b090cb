// The texts of the articles an opening indexes, written to a file in the cache folder as they come
// instead of kept in memory (deflated, they were 17 MB of the memory a corpus of 10,000 articles
// held at the end of a cold opening, and of a language server's for as long as it ran). The corpus
// reads a text from the file when asked, as a corpus reopened from a snapshot reads its texts from
// the snapshot.
//
// The file is removed as soon as it is open: it holds nothing another process could use, and no
// crash can leave it behind. Where an open file cannot be removed (Windows), texts stay in memory.
import { closeSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AsideRef } from '../records/snapshot-format.js';
import type { TextSpooler } from '../records/stored-article.js';
import { createPrivateFile, makeCacheDir } from './private-files.js';
import { SnapshotTexts } from './snapshot-texts.js';

/** Bytes put are written a chunk at a time: one system call for many articles. */
const CHUNK = 256 * 1024;

export class TextSpool extends SnapshotTexts implements TextSpooler {
  private failed = false;
  /** Bytes in the file; the runs put after them wait in `pending` (a run is wholly in one or the other). */
  private written = 0;
  private pending: Buffer | undefined = Buffer.allocUnsafeSlow(CHUNK);
  private pendingLength = 0;

  /** A new spool in the cache folder `dir`; undefined when none can be made there. */
  static create(dir: string): TextSpool | undefined {
    if (process.platform === 'win32') return undefined;
    const path = join(dir, `texts-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    let fd: number;
    try {
      makeCacheDir(dir);
      fd = createPrivateFile(path, true);
    } catch {
      return undefined;
    }
    try {
      unlinkSync(path);
    } catch {
      closeSync(fd);
      return undefined;
    }
    return new TextSpool(fd, 0, 0);
  }

  /**
   * Keeps `bytes`, and tells where; undefined when they cannot be written (a full disk), and from
   * then on. Runs put before a failed write stay readable: those not written are kept in memory.
   */
  put(bytes: Uint8Array): AsideRef | undefined {
    if (this.failed || !this.pending) return undefined;
    if (this.pendingLength + bytes.length > CHUNK && !this.flush()) return undefined;
    const at = this.size;
    if (bytes.length > CHUNK) {
      if (!this.write(bytes)) return undefined;
    } else {
      this.pending.set(bytes, this.pendingLength);
      this.pendingLength += bytes.length;
    }
    this.size += bytes.length;
    return { from: this, at, length: bytes.length };
  }

  override read(at: number, length: number): Uint8Array {
    if (at < this.written || !this.pending) return super.read(at, length);
    if (!(at + length <= this.length)) throw new RangeError('seedlens: no such text in the snapshot');
    return Buffer.from(this.pending.subarray(at - this.written, at - this.written + length));
  }

  override close(): void {
    super.close();
    this.pending = undefined;
  }

  /** Writes what waits; false (and no more puts) when it cannot be written. */
  private flush(): boolean {
    if (this.pendingLength === 0) return true;
    if (!this.write(this.pending!.subarray(0, this.pendingLength))) return false;
    this.pendingLength = 0;
    return true;
  }

  private write(bytes: Uint8Array): boolean {
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.written + done);
    } catch {
      this.failed = true;
      return false;
    }
    this.written += bytes.length;
    return true;
  }
}
