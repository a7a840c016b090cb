// The cache holds the articles' text (the snapshot) and what was found in them (the pack): an
// article only its owner may read must not become readable by others through the cache. So the
// cache folder is made 0700 and its files 0600, on every platform that has modes (not Windows,
// where the folder is in the user's own profile).
import { mkdirSync, openSync } from 'node:fs';
import { chmod, stat } from 'node:fs/promises';

export const PRIVATE_FOLDER = 0o700;
export const PRIVATE_FILE = 0o600;
const HAS_MODES = process.platform !== 'win32';

/** Makes the cache folder (and any missing parent) readable by its owner only; an existing one is left as it is. */
export function makeCacheDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
  } catch (error) {
    // A file where the folder (or one of its parents) should be.
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new Error('not a folder');
    throw error;
  }
}

/** Creates a new file (never one that exists, nor through a link) that only its owner can read; open for writing, and with `readable` for reading too. */
export function createPrivateFile(path: string, readable = false): number {
  return openSync(path, readable ? 'wx+' : 'wx', PRIVATE_FILE);
}

/** Takes away group and other permissions from `path` if it has any (a file or folder an earlier version left); never throws. */
export async function makePrivate(path: string, mode: number): Promise<void> {
  if (!HAS_MODES) return;
  try {
    const info = await stat(path);
    if ((info.mode & 0o077) !== 0) await chmod(path, mode);
  } catch {
    // Gone, or not ours: left as it is.
  }
}
