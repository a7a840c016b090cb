import { accessSync, constants, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeFsError } from './fs-error.js';
import { DEFAULT_MAX_BYTES, isInside, OUTSIDE_ROOTS, tooLarge } from './read-article.js';
import { TimeSlicer } from '../time-slice.js';

export interface FindArticlesOptions {
  /** Globs over the path relative to its root, `/`-separated; default `['**\/*.txt']`. */
  include?: string[];
  /** Globs over the relative path; a matching folder is not entered. */
  exclude?: string[];
  /** Files larger than this are skipped (default 50 MB). */
  maxBytes?: number;
  /** Stop after this many files (default 20,000) and say `truncated`. */
  maxFiles?: number;
  /** Folder entries looked at before giving up (default max(200,000, 10 × maxFiles)): bounds a crawl of a home folder. */
  maxEntries?: number;
  signal?: AbortSignal;
}

export interface FoundArticles {
  /** Paths as found (joined onto the root as written), sorted, each file once. */
  files: string[];
  /** Paths that could not be taken, with a short reason. */
  skipped: Array<{ path: string; reason: string }>;
  /** True when the search stopped early (maxFiles reached, or too many entries looked at). */
  truncated: boolean;
}

export const DEFAULT_INCLUDE = ['**/*.txt'];
export const DEFAULT_MAX_FILES = 20_000;
const ENTRIES_PER_FILE = 10;
const MIN_ENTRY_BUDGET = 200_000;

/**
 * Pseudo-file systems: their "files" are the kernel's and other processes' state (`/proc/<pid>/cwd`
 * leads into other processes' folders), never articles. Not entered, and refused when named.
 */
const PSEUDO_FILE_SYSTEMS = process.platform === 'win32' ? [] : ['/proc', '/sys', '/dev'];
export const PSEUDO_FILE_SYSTEM = 'in /proc, /sys or /dev: system state, not articles';

/** Whether a real (absolute, resolved) path lies in a pseudo-file system. */
export function inPseudoFileSystem(real: string): boolean {
  return PSEUDO_FILE_SYSTEMS.some((folder) => isInside(real, folder));
}

/** `name` in the folder whose real path is `real`: one separator between them, also after a root (`/`, `C:\`). */
export function childPath(real: string, name: string): string {
  return real.endsWith(sep) ? `${real}${name}` : `${real}${sep}${name}`;
}

/** Why an entry that is neither a file nor a folder is not read: "a FIFO, not a regular file". */
function notRegular(entry: Dirent | Stats, orFolder = ''): string {
  const what = entry.isFIFO() ? 'a FIFO' : entry.isSocket() ? 'a socket' : entry.isCharacterDevice() || entry.isBlockDevice() ? 'a device' : undefined;
  return `${what ? `${what}, ` : ''}not a regular file${orFolder}`;
}

/**
 * Files under `roots` (files or folders) whose path relative to the root matches `include` and not
 * `exclude`. Skips node_modules and hidden folders (.git among them), files over `maxBytes` and
 * unreadable entries (listed in `skipped`); follows symbolic links only to places inside the same
 * root, each folder once (no loops). A file named as a root is taken whatever the globs say.
 * Stops at `maxFiles`, or after looking at `maxEntries` folder entries, saying `truncated`.
 * A file can change after it was found: read it with `readArticle(path, { roots })`, the same
 * roots, so that one swapped for a link out of them is refused.
 */
export async function findArticles(roots: string[], options: FindArticlesOptions = {}): Promise<FoundArticles> {
  const search = new Search(options);
  for (const root of roots) {
    if (search.stopped) break;
    await search.root(root);
  }
  const files = search.files.sort(byCodePoint);
  return { files, skipped: search.skipped, truncated: search.truncated };
}

class Search {
  readonly files: string[] = [];
  readonly skipped: Array<{ path: string; reason: string }> = [];
  truncated = false;
  stopped = false;

  private readonly include: (path: string) => boolean;
  private readonly exclude: (path: string) => boolean;
  private readonly maxBytes: number;
  private readonly maxFiles: number;
  private readonly slicer: TimeSlicer;
  private readonly seenFiles = new Set<string>();
  private readonly seenFolders = new Set<string>();
  private entriesLeft: number;

  constructor(options: FindArticlesOptions) {
    this.include = picomatch(options.include ?? DEFAULT_INCLUDE);
    this.exclude = options.exclude && options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.maxFiles = Math.max(0, options.maxFiles ?? DEFAULT_MAX_FILES);
    this.entriesLeft = options.maxEntries ?? Math.max(MIN_ENTRY_BUDGET, this.maxFiles * ENTRIES_PER_FILE);
    this.slicer = new TimeSlicer(options.signal);
  }

  async root(root: string): Promise<void> {
    let info: Stats;
    let real: string;
    try {
      info = statSync(root);
      real = realpathSync(root);
    } catch (error) {
      this.skip(root, describeFsError(error));
      return;
    }
    if (inPseudoFileSystem(real)) {
      this.skip(root, PSEUDO_FILE_SYSTEM);
    } else if (info.isFile()) {
      this.takeFile(root, real, info);
    } else if (info.isDirectory()) {
      if (this.seenFolders.has(real)) return;
      this.seenFolders.add(real);
      await this.folder(root, real, '', real);
    } else {
      this.skip(root, notRegular(info, ' or folder'));
    }
  }

  private async folder(path: string, real: string, relative: string, rootReal: string): Promise<void> {
    await this.slicer.pause();
    if (this.stopped) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      this.skip(path, describeFsError(error));
      return;
    }
    entries.sort((a, b) => byCodePoint(a.name, b.name));
    for (const entry of entries) {
      if (this.stopped) return;
      if (--this.entriesLeft < 0) {
        this.stop();
        this.skip(path, 'not searched to the end: too many entries; name a narrower folder');
        return;
      }
      const name = entry.name;
      const entryPath = join(path, name);
      const entryRelative = relative === '' ? name : `${relative}/${name}`;
      if (entry.isDirectory()) {
        await this.subfolder(entryPath, childPath(real, name), entryRelative, rootReal);
      } else if (entry.isFile()) {
        if (this.wanted(entryRelative)) this.takeFile(entryPath, childPath(real, name));
      } else if (entry.isSymbolicLink()) {
        await this.link(entryPath, entryRelative, rootReal);
      } else if (this.wanted(entryRelative)) {
        // A FIFO, socket or device named like an article: said, as for one named on the command line.
        this.skip(entryPath, notRegular(entry));
      }
    }
  }

  private async subfolder(path: string, real: string, relative: string, rootReal: string): Promise<void> {
    const name = relative.slice(relative.lastIndexOf('/') + 1);
    if (name === 'node_modules' || name.startsWith('.') || this.exclude(relative)) return;
    // A folder reached twice (through a link, or as another root) is read once; this also ends loops.
    if (this.seenFolders.has(real) || inPseudoFileSystem(real)) return;
    this.seenFolders.add(real);
    await this.folder(path, real, relative, rootReal);
  }

  private async link(path: string, relative: string, rootReal: string): Promise<void> {
    let info: Stats;
    let target: string;
    try {
      info = statSync(path);
      target = realpathSync(path);
    } catch (error) {
      if (this.wanted(relative)) this.skip(path, `broken symbolic link (${describeFsError(error)})`);
      return;
    }
    const isFolder = info.isDirectory();
    if (!isFolder && !this.wanted(relative)) return;
    if (!isInside(target, rootReal)) {
      this.skip(path, OUTSIDE_ROOTS);
      return;
    }
    if (isFolder) await this.subfolder(path, target, relative, rootReal);
    else if (info.isFile()) this.takeFile(path, target, info);
    else this.skip(path, notRegular(info));
  }

  private wanted(relative: string): boolean {
    return this.include(relative) && !this.exclude(relative);
  }

  private takeFile(path: string, real: string, known?: Stats): void {
    if (this.seenFiles.has(real) || inPseudoFileSystem(real)) return;
    if (this.files.length >= this.maxFiles) {
      this.stop();
      return;
    }
    try {
      const info = known ?? statSync(path);
      if (!info.isFile()) return this.skip(path, 'not a regular file');
      if (info.size > this.maxBytes) return this.skip(path, tooLarge(info.size, this.maxBytes));
      // Readable by everyone needs no access() call: it is one syscall per file saved.
      if ((info.mode & 0o004) === 0) accessSync(path, constants.R_OK);
    } catch (error) {
      return this.skip(path, describeFsError(error));
    }
    this.seenFiles.add(real);
    this.files.push(path);
  }

  private skip(path: string, reason: string): void {
    this.skipped.push({ path, reason });
  }

  private stop(): void {
    this.truncated = true;
    this.stopped = true;
  }
}

/** Code-point order, independent of locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
