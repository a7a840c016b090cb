// Old cache files go: a pack and a snapshot are kept per set of opened folders (and per form of
// URIs), and a snapshot holds the articles' text, so folders opened once long ago, renamed or
// deleted would otherwise keep their files in the user's cache folder for ever. Files in use are
// touched when used (see `touchCacheFile`), so age means "not used for that long".
// Cache files an earlier version left readable by others are made private on the way.
import { readdir, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { makePrivate, PRIVATE_FILE, PRIVATE_FOLDER } from './private-files.js';

/** Cache files not used for this long are removed. */
export const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Temporary files of a write that never finished (a process killed mid-save) are removed after this. */
const TMP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

// Only names seedlens writes: the cache folder may be one the user named, holding other files.
const CACHE_FILE = /^(?:analyses-[0-9a-f]{20}\.pack|corpus-[0-9a-f]{20}-[0-9a-f]{8}\.snapshot)$/;
const TMP_FILE = /^(?:analyses-[0-9a-f]{20}\.pack|corpus-[0-9a-f]{20}-[0-9a-f]{8}\.snapshot)\.\d+\.[0-9a-f]{8}\.tmp$/;

/** Marks a cache file as used now; never throws. */
export async function touchCacheFile(file: string, now = new Date()): Promise<void> {
  await utimes(file, now, now).catch(() => undefined);
}

/**
 * Removes from `dir` the cache files not used for `maxAgeMs`, and temporary files older than a day;
 * returns the names removed. The cache files kept are made readable by their owner only, and so is
 * `dir` when it holds nothing but cache files (a folder the user named for it and shares with other
 * files keeps its mode). Never throws: a file it cannot look at or remove stays.
 */
export async function pruneCacheDir(dir: string, options: { now?: number; maxAgeMs?: number } = {}): Promise<string[]> {
  const now = options.now ?? Date.now();
  const maxAge = options.maxAgeMs ?? CACHE_MAX_AGE_MS;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  let onlyOurs = true;
  for (const name of names) {
    const limit = CACHE_FILE.test(name) ? maxAge : TMP_FILE.test(name) ? TMP_MAX_AGE_MS : undefined;
    if (limit === undefined) {
      onlyOurs = false;
      continue;
    }
    try {
      const info = await stat(join(dir, name));
      if (!info.isFile()) continue;
      if (now - info.mtimeMs <= limit) {
        if ((info.mode & 0o077) !== 0) await makePrivate(join(dir, name), PRIVATE_FILE);
        continue;
      }
      await unlink(join(dir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  if (onlyOurs) await makePrivate(dir, PRIVATE_FOLDER);
  return removed.sort();
}
