import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { mapHtml, mapSvg, placesGeoJson, type MapPlace } from '@seedlens/map';
import type { CorpusPlace } from '@seedlens/query';
import { MAP_USAGE, parseMapArgs, type MapFormat } from './corpus-args.js';
import { EXIT_FAILURE, EXIT_OK, reportError, type Io } from './io.js';
import { loadCorpus } from './load-corpus.js';

/** `seedlens map`: the places of the corpus on a world map, as one file that loads nothing. */
export async function mapCommand(args: readonly string[], io: Io): Promise<number> {
  const options = parseMapArgs(args);
  if (options.help) {
    io.stdout.write(MAP_USAGE);
    return EXIT_OK;
  }
  const { corpus, failed } = await loadCorpus(options, io);
  const places = corpus.places({ articles: options.articles });
  // Article links of a page point from where the page is to the article files.
  const from = options.out !== undefined ? dirname(resolve(options.out)) : process.cwd();
  const content = renderMap(places, options.format, { title: `Places of ${options.paths.join(', ')}`, linkFrom: from });
  if (options.out !== undefined) {
    try {
      writeFileSync(options.out, content);
    } catch (error) {
      reportError(io, options.out, `cannot write the map: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_FAILURE;
    }
    io.stderr.write(`seedlens: wrote ${options.out} (${places.length} ${places.length === 1 ? 'place' : 'places'})\n`);
  } else io.stdout.write(content);
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

/** The map in a format; `linkFrom`: the folder a page's links to articles start from. */
export function renderMap(places: readonly CorpusPlace[], format: MapFormat, options: { title: string; linkFrom?: string }): string {
  if (format === 'geojson') return `${JSON.stringify(placesGeoJson(places))}\n`;
  if (format === 'svg') return `${mapSvg(places, { standalone: true, title: options.title })}\n`;
  const linked: MapPlace[] = places.map((p) => ({
    ...p,
    articles: p.articles.map((a) => (options.linkFrom !== undefined ? { ...a, href: hrefOf(options.linkFrom, a.uri) } : a)),
  }));
  return `${mapHtml(linked, { title: options.title, nonce: randomBytes(18).toString('base64') })}\n`;
}

/** A relative link from a folder to an article's file (its uri is its path from the working folder). */
function hrefOf(from: string, uri: string): string {
  return relative(from, resolve(uri)).split(sep).map(encodeURIComponent).join('/');
}
