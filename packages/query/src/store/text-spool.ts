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

export class TextSpool extends SnapshotTexts implements TextSpooler {
  private failed = false;

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

  /** Appends `packed`; undefined when it could not be written (a full disk), and from then on. */
  put(packed: Uint8Array): AsideRef | undefined {
    if (this.failed) return undefined;
    const at = this.size;
    try {
      for (let done = 0; done < packed.length; ) done += writeSync(this.fd, packed, done, packed.length - done, at + done);
    } catch {
      this.failed = true;
      return undefined;
    }
    this.size += packed.length;
    return { from: this, at, length: packed.length };
  }
}
