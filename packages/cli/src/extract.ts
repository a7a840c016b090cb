import { analyze } from '@seedlens/core';
import { findArticles, readArticle, type DecodedArticle } from '@seedlens/query';
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
    const analysed = extractOne(file, options, io, done > 0);
    if (analysed === undefined) {
      failed++;
      continue;
    }
    done++;
    mentions += analysed;
  }
  if (options.format === 'table' && done + failed > 0) {
    const summary = `${done} ${done === 1 ? 'file' : 'files'}, ${mentions} mentions${failed > 0 ? `, ${failed} failed` : ''}`;
    io.stdout.write(`\n${io.color ? `\u001b[2m${summary}\u001b[22m` : summary}\n`);
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

/**
 * Reads, analyses and writes one file (a table after an earlier one with a blank line between):
 * its mention count, or undefined when it failed (reported). A function of its own, so that the
 * file's analysis is unreachable once it is written: a loop's variables would hold it while the
 * next file is read and analysed.
 */
function extractOne(file: string, options: ExtractOptions, io: Io, afterAnother: boolean): number | undefined {
  const read = readText(file, options.paths);
  if ('error' in read) {
    reportError(io, file, read.error);
    return undefined;
  }
  if (read.warning !== undefined) reportError(io, file, `warning: ${read.warning}`);
  let analysis;
  try {
    // The path as found: a date in its file name or folders is the article's DCT.
    analysis = analyze(read.text, options.dct !== undefined ? { dct: options.dct, path: file } : { path: file });
  } catch (error) {
    reportError(io, file, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (options.format === 'table') io.stdout.write(`${afterAnother ? '\n' : ''}${formatTable(file, analysis, { color: io.color })}`);
  else for (const piece of jsonlPieces(file, analysis)) io.stdout.write(piece);
  return analysis.mentions.length;
}

/**
 * The file's text, without the bytes it was decoded from: held while the text is analysed, they
 * would add the file's size to the peak (20 MB for a file of 20 MB).
 */
function readText(file: string, roots: readonly string[]): DecodedArticle | { error: string } {
  const read = readArticle(file, { roots });
  if ('error' in read) return read;
  return read.warning === undefined ? { text: read.text } : { text: read.text, warning: read.warning };
}
