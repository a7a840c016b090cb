import { QuerySyntaxError } from '@seedlens/query';
import { parseQueryArgs, QUERY_USAGE } from './corpus-args.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, reportQueryError, type Io } from './io.js';
import { loadCorpus } from './load-corpus.js';
import { printable, printableJson } from './printable.js';
import { oneLine, paint } from './style.js';

/** `seedlens query QUERY [PATH...]`: matching articles, best first. */
export async function queryCommand(args: readonly string[], io: Io): Promise<number> {
  const options = parseQueryArgs(args);
  if (options.help) {
    io.stdout.write(QUERY_USAGE);
    return EXIT_OK;
  }
  const { corpus, failed } = await loadCorpus(options, io);
  let hits;
  try {
    hits = corpus.search(options.query, { limit: options.limit });
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    reportQueryError(io, error);
    return EXIT_USAGE;
  }
  if (options.json) {
    io.stdout.write(`${printableJson({ query: options.query, results: hits.map((h) => ({ file: h.uri, title: h.title, score: round(h.score) })) })}\n`);
  } else if (hits.length === 0) {
    io.stdout.write(`${paint(io.color, 'dim', `no article matches ${printable(options.query)}`)}\n`);
  } else {
    for (const h of hits) io.stdout.write(`${paint(io.color, 'bold', printable(h.uri))}  ${oneLine(h.title, 80)}  ${paint(io.color, 'dim', round(h.score).toString())}\n`);
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

export const round = (n: number): number => Math.round(n * 1000) / 1000;
