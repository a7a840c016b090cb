import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeFsError } from './read-text.js';

/** One result of path expansion: a file to read, or a path that could not be expanded. */
export type PathItem = { file: string } | { path: string; error: string };

export interface ExpandOptions {
  /** File-name suffix looked for inside folders (files named explicitly are always taken). */
  extension?: string;
}

/**
 * Expands command-line paths, in the order given: a file is taken as is; a folder is searched
 * recursively for `*.txt` files, in sorted order, skipping `node_modules` and dot-folders and not
 * following symbolic links to folders. Paths are joined onto the folder as written, so
 * `seeds/` yields `seeds/a.txt`. A file reached twice is yielded once.
 */
export async function* expandPaths(paths: readonly string[], options: ExpandOptions = {}): AsyncGenerator<PathItem> {
  const extension = options.extension ?? '.txt';
  const seen = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { path, error: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const item of walk(path, extension)) {
        if ('file' in item) {
          const key = await identity(item.file);
          if (seen.has(key)) continue;
          seen.add(key);
          found++;
        }
        yield item;
      }
      if (found === 0) yield { path, error: `no ${extension} files in this folder` };
    } else {
      const key = await identity(path);
      if (seen.has(key)) continue;
      seen.add(key);
      yield { file: path };
    }
  }
}

/** The real path of a file, so that a file reached through a link or another spelling counts once. */
async function identity(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** Code-point order, independent of locale. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* walk(dir: string, extension: string): AsyncGenerator<PathItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { path: dir, error: describeFsError(error) };
    return;
  }
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      yield* walk(path, extension);
    } else if (entry.name.endsWith(extension)) {
      if (entry.isFile()) {
        yield { file: path };
      } else if (entry.isSymbolicLink()) {
        // Take links to files; links to folders are not followed, broken links are reported.
        try {
          if ((await stat(path)).isFile()) yield { file: path };
        } catch (error) {
          yield { path, error: describeFsError(error) };
        }
      }
    }
  }
}
