import { QuerySyntaxError, type Corpus, type TimelineEntry, type TimelineFilter } from '@seedlens/query';
import { parseTimelineArgs, TIMELINE_USAGE, type TimelineSelection } from './corpus-args.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, reportError, reportQueryError, type Io } from './io.js';
import { loadCorpus } from './load-corpus.js';
import { printable, printableJson } from './printable.js';
import { oneLine, paint, TYPE_STYLE } from './style.js';

/** `seedlens timeline`: the corpus' dated mentions in calendar order. */
export async function timelineCommand(args: readonly string[], io: Io): Promise<number> {
  const options = parseTimelineArgs(args);
  if (options.help) {
    io.stdout.write(TIMELINE_USAGE);
    return EXIT_OK;
  }
  const { corpus, failed } = await loadCorpus(options, io);
  const filter = filterFor(corpus, options.selection);
  if ('error' in filter) {
    reportError(io, 'timeline', filter.error);
    return EXIT_FAILURE;
  }
  let entries: TimelineEntry[];
  try {
    entries = corpus.timeline(filter);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    reportQueryError(io, error);
    return EXIT_USAGE;
  }
  if (options.json) {
    io.stdout.write(`${printableJson({ filter, entries: entries.map((e) => timelineJson(corpus, e)) })}\n`);
  } else {
    io.stdout.write(formatTimeline(corpus, entries, io.color));
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

/** An actor or place named on the command line, found by any of its names. */
function filterFor(corpus: Corpus, selection: TimelineSelection): TimelineFilter | { error: string } {
  if (selection.kind === 'all') return {};
  if (selection.kind === 'query') return { query: selection.query };
  const entity = corpus.findEntities(selection.name, 20).find((e) => e.type === selection.kind);
  if (!entity) return { error: `no ${selection.kind} named '${selection.name}' in these articles` };
  return { entityId: entity.id };
}

export function timelineJson(corpus: Corpus, e: TimelineEntry) {
  return {
    file: e.uri,
    start: e.mention.start,
    end: e.mention.end,
    text: e.mention.text,
    value: e.value,
    ...(e.mention.mod !== undefined && { mod: e.mention.mod }),
    sortKey: e.sortKey,
    approximate: e.approximate,
    with: e.with.map((id) => ({ id, name: corpus.entity(id)?.name ?? id })),
  };
}

/** One line per dated mention: the day it sorts by (~ when inferred), the words, where, and who with. */
export function formatTimeline(corpus: Corpus, entries: readonly TimelineEntry[], color: boolean, max = Infinity): string {
  if (entries.length === 0) return `${paint(color, 'dim', 'no dated mentions')}\n`;
  const lines: string[] = [];
  const shown = entries.slice(0, max);
  const uris = new Map(shown.map((e) => [e.uri, printable(e.uri)]));
  const uriWidth = Math.max(...[...uris.values()].map((u) => u.length));
  for (const e of shown) {
    const when = `${e.approximate ? '~' : ' '}${printable(e.sortKey)}`;
    const withNames = e.with.slice(0, 5).map((id) => {
      const entity = corpus.entity(id);
      return paint(color, entity ? TYPE_STYLE[entity.type] : 'dim', oneLine(entity?.name ?? id));
    });
    const text = paint(color, TYPE_STYLE.date, oneLine(e.mention.text, 32));
    lines.push(`${paint(color, 'bold', when)}  ${uris.get(e.uri)!.padEnd(uriWidth)}  ${text} ${paint(color, 'dim', `(${printable(e.value)})`)}${withNames.length ? `  ${withNames.join(', ')}` : ''}`);
  }
  if (entries.length > shown.length) lines.push(paint(color, 'dim', `… ${entries.length - shown.length} more (seedlens timeline)`));
  return `${lines.join('\n')}\n`;
}
