// The texts of a corpus reopened from a snapshot, left in the snapshot file and read when asked
// (rebuilding an analysis, an article's sentences, writing the next snapshot): a corpus that
// answers related articles and searches never reads them, and held in memory they were 17 MB of
// the 60 MB it kept for 10,000 articles. See records/snapshot-format.ts for where they are.
//
// The file stays open for as long as an article may ask: a newer snapshot renamed over it, or the
// cache folder pruned, leaves these bytes readable through the open descriptor. It is closed once
// no article holds the texts any more.
import { closeSync, readSync } from 'node:fs';
import type { AsideBytes } from '../records/snapshot-format.js';

const closer = new FinalizationRegistry<number>(closeQuietly);

export class SnapshotTexts implements AsideBytes {
  private open = true;

  /** The `length` bytes from `start` in the file open as `fd`, which this takes over (and closes). */
  constructor(
    protected readonly fd: number,
    private readonly start: number,
    protected size: number,
  ) {
    closer.register(this, fd, this);
  }

  get length(): number {
    return this.size;
  }

  read(at: number, length: number): Uint8Array {
    if (!this.open) throw new Error('seedlens: the texts of a snapshot were read after it was closed');
    if (!(at >= 0 && length >= 0 && at + length <= this.length)) throw new RangeError('seedlens: no such text in the snapshot');
    // A buffer of its own: the text unpacked from it is all that is kept.
    const out = Buffer.allocUnsafeSlow(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, out, done, length - done, this.start + at + done);
      if (n === 0) throw new Error('seedlens: the snapshot file ends early (changed since it was read)');
      done += n;
    }
    return out;
  }

  /** Closes the file now (a snapshot that turned out unusable); reading after is an error. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    closer.unregister(this);
    closeQuietly(this.fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Closed already, or the process is ending: nothing to do.
  }
}
