import { analyze } from '@seedlens/core';
import { findArticles, readArticle } from '@seedlens/query';
import { EXTRACT_USAGE, parseExtractArgs, type ExtractOptions } from './args.js';
import { EXIT_FAILURE, EXIT_OK, reportError, type Io } from './io.js';
import { jsonlPieces } from './jsonl.js';
import { formatTable } from './table.js';

/** `seedlens extract`: parses its arguments, then runs. */
export async function extractCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseExtractArgs(args);
  if (parsed.help) {
    io.stdout.write(EXTRACT_USAGE);
    return EXIT_OK;
  }
  return runExtract(parsed, io);
}

/** Reads each file, analyzes it and writes one record per file as soon as it is done. */
export async function runExtract(options: ExtractOptions, io: Io): Promise<number> {
  let failed = 0;
  let done = 0;
  let mentions = 0;
  const table = options.format === 'table';
  // Files and folders are found as the corpus commands find them (query's findArticles), but
  // each article is printed as soon as it is analysed.
  const found = await findArticles(options.paths);
  for (const skipped of found.skipped) {
    reportError(io, skipped.path, skipped.reason);
    failed++;
  }
  if (found.truncated) reportError(io, options.paths.join(' '), 'warning: too many files; only the first ones were read');
  if (found.files.length === 0 && failed === 0) {
    reportError(io, options.paths.join(' '), 'no .txt files found');
    return EXIT_FAILURE;
  }
  for (const file of found.files) {
    const read = readArticle(file, { roots: options.paths });
    if ('error' in read) {
      reportError(io, file, read.error);
      failed++;
      continue;
    }
    if (read.warning !== undefined) reportError(io, file, `warning: ${read.warning}`);
    let analysis;
    try {
      // The path as found: a date in its file name or folders is the article's DCT.
      analysis = analyze(read.text, options.dct !== undefined ? { dct: options.dct, path: file } : { path: file });
    } catch (error) {
      reportError(io, file, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
      failed++;
      continue;
    }
    done++;
    mentions += analysis.mentions.length;
    if (table) io.stdout.write(`${done > 1 ? '\n' : ''}${formatTable(file, analysis, { color: io.color })}`);
    else for (const piece of jsonlPieces(file, analysis)) io.stdout.write(piece);
  }
  if (table && done + failed > 0) {
    const summary = `${done} ${done === 1 ? 'file' : 'files'}, ${mentions} mentions${failed > 0 ? `, ${failed} failed` : ''}`;
    io.stdout.write(`\n${io.color ? `\u001b[2m${summary}\u001b[22m` : summary}\n`);
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}
