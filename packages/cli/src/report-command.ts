import type { Corpus, CorpusEntity } from '@seedlens/query';
import { parseReportArgs, REPORT_USAGE } from './corpus-args.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.js';
import { loadCorpus } from './load-corpus.js';
import { printable, printableJson } from './printable.js';
import { round } from './query-command.js';
import { oneLine, paint, plural, TYPE_STYLE } from './style.js';
import { yearSparkline } from './sparkline.js';
import { formatTimeline, timelineJson } from './timeline-command.js';

const TOP_ENTITIES = 10;
const TOP_RELATED = 3;
const TIMELINE_LINES = 30;

/** `seedlens report`: what `npm start` shows for seeds/. */
export async function reportCommand(args: readonly string[], io: Io): Promise<number> {
  const options = parseReportArgs(args);
  if (options.help) {
    io.stdout.write(REPORT_USAGE);
    return EXIT_OK;
  }
  const { corpus, failed } = await loadCorpus(options, io);
  if (options.json) io.stdout.write(`${printableJson(reportJson(corpus))}\n`);
  else io.stdout.write(formatReport(corpus, io.color));
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

const GROUPS = [
  { type: 'actor', title: 'Main actors' },
  { type: 'place', title: 'Main places' },
  { type: 'date', title: 'Main dates' },
] as const;

function top(corpus: Corpus, type: 'actor' | 'place' | 'date'): CorpusEntity[] {
  return corpus.entities({ type }).slice(0, TOP_ENTITIES);
}

export function reportJson(corpus: Corpus) {
  const entity = (e: CorpusEntity) => ({ id: e.id, name: e.name, kind: e.kind, articles: e.articleCount, mentions: e.mentionCount });
  return {
    articles: corpus.uris().map((uri) => {
      const analysis = corpus.get(uri)?.analysis;
      const dct = analysis?.dct ?? null;
      return { file: uri, title: corpus.get(uri)?.title ?? '', dct, dctSource: dct === null ? null : (analysis?.dctSource ?? 'option'), dctConfidence: dct === null ? 0 : (analysis?.dctConfidence ?? 1) };
    }),
    actors: top(corpus, 'actor').map(entity),
    places: top(corpus, 'place').map(entity),
    dates: top(corpus, 'date').map(entity),
    timeline: corpus.timeline().map((e) => timelineJson(corpus, e)),
    related: corpus.uris().map((uri) => ({
      file: uri,
      related: corpus.related(uri, { limit: TOP_RELATED }).map((r) => ({ file: r.uri, score: round(r.score), shared: r.shared.slice(0, 5).map((s) => s.name) })),
    })),
  };
}

export function formatReport(corpus: Corpus, color: boolean): string {
  const out: string[] = [];
  const heading = (text: string) => out.push('', paint(color, 'bold', text));
  const uris = corpus.uris();
  out.push(paint(color, 'bold', `seedlens report: ${plural(uris.length, 'article')}, ${plural(corpus.entities().length, 'entity', 'entities')}`));

  heading('Articles');
  // File names as printed: control characters in them shown as `\x1b`.
  const shown = new Map(uris.map((u) => [u, printable(u)]));
  const width = Math.max(0, ...[...shown.values()].map((u) => u.length));
  // Each article's date, and where it was found: given, front matter, file name, header or text.
  const dated = uris.map((uri) => corpus.get(uri)!);
  for (const doc of dated) {
    const { dct, dctSource } = doc.analysis;
    const when = dct ? `${printable(dct)} ${(dctSource ?? 'option').padEnd(12)}` : `${'    ?'.padEnd(10)} ${''.padEnd(12)}`;
    out.push(`  ${shown.get(doc.uri)!.padEnd(width)}  ${paint(color, 'dim', when)}  ${oneLine(doc.title, 70)}`);
  }

  for (const group of GROUPS) {
    heading(group.title);
    const entities = top(corpus, group.type);
    if (entities.length === 0) out.push(`  ${paint(color, 'dim', '(none)')}`);
    const nameWidth = Math.min(36, Math.max(0, ...entities.map((e) => oneLine(e.name).length)));
    for (const e of entities) {
      const name = paint(color, TYPE_STYLE[e.type], oneLine(e.name, 36).padEnd(nameWidth));
      // A date's name is its value; how articles wrote it says more.
      const detail = e.type === 'date' ? e.names.filter((n) => n !== e.name).slice(0, 3).map((n) => `“${oneLine(n, 24)}”`).join(' ') : (e.kind ?? '');
      const counts = paint(color, 'dim', `${plural(e.articleCount, 'article')}, ${plural(e.mentionCount, 'mention')}`);
      out.push(`  ${name}  ${counts}  ${detail}`.trimEnd());
    }
  }

  heading('Timeline');
  const spark = yearSparkline(corpus.timeline().map((e) => e.sortKey));
  if (spark) out.push(`  ${paint(color, 'dim', spark)}`);
  out.push(
    formatTimeline(corpus, corpus.timeline(), color, TIMELINE_LINES)
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );

  heading('Related articles');
  for (const uri of uris) {
    const related = corpus.related(uri, { limit: TOP_RELATED });
    out.push(`  ${paint(color, 'bold', shown.get(uri)!)}`);
    if (related.length === 0) out.push(`    ${paint(color, 'dim', 'no related article')}`);
    for (const r of related) {
      const shared = r.shared.slice(0, 4).map((s) => paint(color, TYPE_STYLE[s.type], oneLine(s.name))).join(', ');
      out.push(`    → ${printable(r.uri).padEnd(width)}  ${paint(color, 'dim', round(r.score).toFixed(3))}  ${shared}`);
    }
  }
  return `${out.join('\n')}\n`;
}
