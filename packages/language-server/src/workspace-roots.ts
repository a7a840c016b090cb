// Which workspace folders are indexed. A folder is searched to its bottom for articles, so a
// workspace opened on the root of the file system, or on the home folder, would read every text
// file the user has (and other users' where permitted) into the corpus and its cache. Those are
// refused, with a message that says why and what to open instead.
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { parse, resolve } from 'node:path';

/** Why `path` is not indexed as a workspace folder, or undefined when it is fine. */
export function refusedRoot(path: string, home: string = homedir()): string | undefined {
  const real = realOf(path);
  if (real === parse(real).root) {
    return `seedlens: not indexing the workspace folder ${path}: it is the root of the file system. Open the folder that holds your articles instead.`;
  }
  if (home !== '' && real === realOf(home)) {
    return `seedlens: not indexing the workspace folder ${path}: it is your home folder. Open the folder that holds your articles instead.`;
  }
  return undefined;
}

/**
 * The workspace folders that may be indexed. Each refused one is told to `warn` once: `warned`
 * holds those already told (the same folder comes back with every change of folders).
 */
export function indexableRoots(paths: readonly string[], warn: (message: string) => void, warned: Set<string>, home?: string): string[] {
  return paths.filter((path) => {
    const reason = refusedRoot(path, home);
    if (reason === undefined) return true;
    if (!warned.has(path)) warn(reason);
    warned.add(path);
    return false;
  });
}

function realOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}
