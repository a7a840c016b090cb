import type { CorpusEntity, CorpusPlace } from '@seedlens/query';
import { ENTITIES_USAGE, parseEntitiesArgs } from './corpus-args.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.js';
import { loadCorpus } from './load-corpus.js';
import { printableJson } from './printable.js';
import { oneLine, paint, TYPE_STYLE } from './style.js';

/** `seedlens entities`: every entity of the corpus, most widespread first. */
export async function entitiesCommand(args: readonly string[], io: Io): Promise<number> {
  const options = parseEntitiesArgs(args);
  if (options.help) {
    io.stdout.write(ENTITIES_USAGE);
    return EXIT_OK;
  }
  const { corpus, failed } = await loadCorpus(options, io);
  const entities = corpus.entities(options.type ? { type: options.type } : undefined).slice(0, options.limit);
  if (options.json) io.stdout.write(`${printableJson({ entities: withCoordinates(entities, corpus.places({ articles: 0 })) })}\n`);
  else io.stdout.write(formatEntities(entities, io.color));
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

/** Places with coordinates carry them, and the gazetteer's id for them, after their counts. */
export function withCoordinates(entities: readonly CorpusEntity[], places: readonly CorpusPlace[]): (CorpusEntity & Partial<Pick<CorpusPlace, 'coordinates' | 'gazetteerId'>>)[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return entities.map((e) => {
    const place = byId.get(e.id);
    if (!place) return e;
    return { ...e, coordinates: place.coordinates, ...(place.gazetteerId !== undefined && { gazetteerId: place.gazetteerId }) };
  });
}

/** Aligned rows: name, kind, articles, mentions, other names. */
export function formatEntities(entities: readonly CorpusEntity[], color: boolean): string {
  if (entities.length === 0) return `${paint(color, 'dim', 'no entities')}\n`;
  const nameWidth = Math.min(40, Math.max(4, ...entities.map((e) => oneLine(e.name).length)));
  const kindWidth = Math.max(4, ...entities.map((e) => (e.kind ?? e.type).length));
  const lines = [paint(color, 'dim', `${'name'.padEnd(nameWidth)}  ${'kind'.padEnd(kindWidth)}  articles  mentions  also`)];
  for (const e of entities) {
    const name = paint(color, TYPE_STYLE[e.type], oneLine(e.name, 40).padEnd(nameWidth));
    const also = e.names.filter((n) => n !== e.name).slice(0, 4).map((n) => oneLine(n, 30)).join(', ');
    lines.push(`${name}  ${(e.kind ?? e.type).padEnd(kindWidth)}  ${String(e.articleCount).padStart(8)}  ${String(e.mentionCount).padStart(8)}  ${also}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
