import { parseRelatedArgs, RELATED_USAGE } from './corpus-args.js';
import { EXIT_FAILURE, EXIT_OK, reportError, type Io } from './io.js';
import { loadCorpus } from './load-corpus.js';
import { printable, printableJson } from './printable.js';
import { round } from './query-command.js';
import { oneLine, paint, TYPE_STYLE } from './style.js';

/** `seedlens related FILE [PATH...]`: the articles nearest to FILE and why. */
export async function relatedCommand(args: readonly string[], io: Io): Promise<number> {
  const options = parseRelatedArgs(args);
  if (options.help) {
    io.stdout.write(RELATED_USAGE);
    return EXIT_OK;
  }
  const { corpus, failed, uriOf } = await loadCorpus(options, io);
  const uri = uriOf(options.file);
  // FILE may lie outside the folders searched: it is compared with them all the same.
  if (!corpus.has(uri)) await loadCorpus({ ...options, paths: [options.file] }, io, corpus);
  if (!corpus.has(uri)) {
    reportError(io, options.file, 'not an article of the corpus (is it a readable .txt file?)');
    return EXIT_FAILURE;
  }
  const related = corpus.related(uri, { limit: options.limit });
  if (options.json) {
    const results = related.map((r) => ({
      file: r.uri,
      title: r.title,
      score: round(r.score),
      shared: r.shared.map((s) => ({ id: s.entityId, name: s.name, type: s.type, weight: round(s.weight) })),
    }));
    io.stdout.write(`${printableJson({ file: uri, related: results })}\n`);
    return failed > 0 ? EXIT_FAILURE : EXIT_OK;
  }
  io.stdout.write(`${paint(io.color, 'bold', printable(uri))}  ${oneLine(corpus.get(uri)?.title ?? '', 80)}\n`);
  if (related.length === 0) io.stdout.write(`  ${paint(io.color, 'dim', 'no related article: it shares no actor, place or date with another')}\n`);
  for (const [i, r] of related.entries()) {
    io.stdout.write(`\n${String(i + 1).padStart(3)}. ${paint(io.color, 'bold', printable(r.uri))}  ${oneLine(r.title, 70)}  ${paint(io.color, 'dim', `score ${round(r.score)}`)}\n`);
    const shared = r.shared.slice(0, 8).map((s) => paint(io.color, TYPE_STYLE[s.type], oneLine(s.name)));
    const more = r.shared.length > 8 ? paint(io.color, 'dim', ` +${r.shared.length - 8} more`) : '';
    io.stdout.write(`     shares ${shared.join(', ')}${more}\n`);
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}
