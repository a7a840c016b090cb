import { relative, resolve } from 'node:path';
import { openCorpus, type Corpus } from '@seedlens/query';
import type { CorpusOptions } from './corpus-args.js';
import { reportError, type Io } from './io.js';

export interface LoadedCorpus {
  corpus: Corpus;
  /** Files that could not be indexed; each was reported on stderr. */
  failed: number;
  /** The URI a path on the command line has in the corpus. */
  uriOf: (path: string) => string;
}

/** Below this many files a progress line would only flicker. */
const PROGRESS_FROM = 200;

/** Outputs already told that the cache cannot be written (related opens a corpus twice): told once. */
const toldNoCache = new WeakSet<Io>();

/**
 * Opens the articles under the command's paths through the analysis cache. Articles are keyed by
 * their path relative to the working folder, as the user typed them; problems go to stderr and
 * the rest is still indexed.
 */
export async function loadCorpus(options: CorpusOptions, io: Io, into?: Corpus): Promise<LoadedCorpus> {
  const cwd = process.cwd();
  const uriOf = (path: string) => relative(cwd, resolve(cwd, path)) || '.';
  let shown = false;
  const opened = await openCorpus(options.paths, {
    uriOf,
    ...(into && { corpus: into }),
    ...(!options.cache && { cacheDir: false as const }),
    onProgress: (done, total) => {
      if (!io.progress || total < PROGRESS_FROM) return;
      shown = true;
      io.stderr.write(`\r\u001b[2Kseedlens: indexing ${done}/${total} articles`);
    },
  });
  if (shown) io.stderr.write('\r\u001b[2K');
  for (const f of opened.failures) reportError(io, f.path, f.error);
  for (const w of opened.warnings) reportError(io, w.path, `warning: ${w.warning}`);
  if (opened.truncated) reportError(io, options.paths.join(' '), 'warning: too many files; only the first ones were indexed');
  if (opened.cacheError && !toldNoCache.has(io)) {
    toldNoCache.add(io);
    const { path, error } = opened.cacheError;
    reportError(io, path, `warning: the cache cannot be written (${error}), so every run analyses the files again; make the folder writable, set SEEDLENS_CACHE_DIR, or use --no-cache`);
  }
  return { corpus: opened.corpus, failed: opened.failures.length, uriOf };
}
