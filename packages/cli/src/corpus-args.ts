import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { strictParse, UsageError } from './args.js';

/** What every corpus command shares: where the articles are and how to print. */
export interface CorpusOptions {
  paths: string[];
  json: boolean;
  cache: boolean;
}

const COMMON_HELP = `  --json               machine-readable output
  --no-cache           analyse every file again instead of reusing cached analyses
  -h, --help           show this help

PATH is a file or a folder searched recursively for *.txt files (default: .).
Analyses are cached by file content in the user's cache folder (SEEDLENS_CACHE_DIR).
`;

export const QUERY_USAGE = `Usage: seedlens query QUERY [PATH...] [--limit N] [--json]

Articles matching QUERY, best first. The query language:
  actor:gerasimov  place:"Bern"  kind:person  date:2017  date:2017..2019-06
  after:2017-01  before:2020  "hot line"  words  -place:syria  a OR b  ( … )
A QUERY may start with '-' when it holds a colon, quote or space (-place:syria); else put
'--' before it: seedlens query -- -gerasimov seeds

date: matches the dates an article mentions. after: and before: compare the article's
own date (its DCT: front matter, else found in its file name, header or opening), and
only for an article without one, the dates it mentions.

Options:
  --limit N            at most N articles (default 20)
${COMMON_HELP}`;

export const RELATED_USAGE = `Usage: seedlens related FILE [PATH...] [--limit N] [--json]

The articles most related to FILE, with the shared actors, places and dates that explain
each score. PATH defaults to FILE's folder.

Options:
  --limit N            at most N articles (default 10)
${COMMON_HELP}`;

export const TIMELINE_USAGE = `Usage: seedlens timeline [--actor NAME | --place NAME | QUERY] [PATH...] [--json]

Dated mentions in calendar order, with who and where appears beside them. Dates the
article leaves open ("in October", "Thursday") resolve against its date (given, or found
in its file name, header or text); those it cannot resolve are placed by it and marked ~.
A first word that is no file or folder is the QUERY (see seedlens query --help), unless it
looks like a path (a '/', a leading '.' or '~', a .txt ending): then it is a missing path.

Options:
  --actor NAME         only articles that mention this actor (any of its names)
  --place NAME         only articles that mention this place
${COMMON_HELP}`;

export const ENTITIES_USAGE = `Usage: seedlens entities [PATH...] [--type actor|place|date] [--limit N] [--json]

Every entity of the corpus with its kind, names, and article and mention counts.

Options:
  --type TYPE          only actors, places or dates
  --limit N            at most N entities (default: all)
${COMMON_HELP}`;

export const MAP_USAGE = `Usage: seedlens map [PATH...] [--out FILE] [--format html|geojson|svg] [--articles N]

The places of the corpus on a world map: a circle per place, its area growing with the
number of articles that mention it; its tooltip names the place and its top articles.
One self-contained file, which loads nothing from the network. Only places the gazetteer
knows (and so has coordinates for) are drawn.

Options:
  -o, --out FILE       write the map to FILE (default: standard output)
  --format FORMAT      html (a page: click a place to list its articles; the default),
                       geojson (a FeatureCollection of points, for GIS tools) or svg;
                       by default the --out file's extension (.geojson, .json, .svg) decides
  --articles N         list at most N articles per place (default: 10)
  --no-cache           analyse every article again and write no cache
  -h, --help           show this help
`;

export const REPORT_USAGE = `Usage: seedlens report [PATH...] [--json]

A corpus at a glance: its articles with their dates and where each date was found
(option, front-matter, file-name, header, text), its main actors, places and dates, a
timeline and which articles are related to which.

Options:
${COMMON_HELP}`;

const COMMON = {
  json: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Parsed<T> = { help: true } | ({ help: false } & CorpusOptions & T);

function common(values: { json?: boolean | undefined; 'no-cache'?: boolean | undefined }, paths: string[]): CorpusOptions {
  return { paths: paths.length > 0 ? paths : ['.'], json: values.json === true, cache: values['no-cache'] !== true };
}

function limitOf(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--limit must be a positive whole number (got '${text}')`);
  return Number(text);
}

export function parseQueryArgs(args: readonly string[]): Parsed<{ query: string; limit: number }> {
  const { values, positionals } = strictParse(args, { ...COMMON, limit: { type: 'string' } } as const, { queryWords: true });
  if (values.help) return { help: true };
  const [query, ...paths] = positionals;
  if (query === undefined || query.trim() === '') throw new UsageError('query needs a QUERY, e.g. seedlens query "actor:gerasimov" seeds');
  return { help: false, query, limit: limitOf(values.limit, 20), ...common(values, paths) };
}

export function parseRelatedArgs(args: readonly string[]): Parsed<{ file: string; limit: number }> {
  const { values, positionals } = strictParse(args, { ...COMMON, limit: { type: 'string' } } as const);
  if (values.help) return { help: true };
  const [file, ...paths] = positionals;
  if (file === undefined) throw new UsageError('related needs a FILE');
  return { help: false, file, limit: limitOf(values.limit, 10), ...common(values, paths.length > 0 ? paths : [dirname(file)]) };
}

export type TimelineSelection = { kind: 'all' } | { kind: 'actor' | 'place'; name: string } | { kind: 'query'; query: string };

export function parseTimelineArgs(args: readonly string[]): Parsed<{ selection: TimelineSelection }> {
  const { values, positionals } = strictParse(args, { ...COMMON, actor: { type: 'string' }, place: { type: 'string' } } as const, { queryWords: true });
  if (values.help) return { help: true };
  if (values.actor !== undefined && values.place !== undefined) throw new UsageError('give --actor or --place, not both');
  let selection: TimelineSelection = { kind: 'all' };
  let paths = positionals;
  if (values.actor !== undefined) selection = { kind: 'actor', name: values.actor };
  else if (values.place !== undefined) selection = { kind: 'place', name: values.place };
  else if (positionals.length > 0 && !isExistingPath(positionals[0]!) && !looksLikePath(positionals[0]!)) {
    // `timeline QUERY [PATH]`: a first word that names no file or folder is the query, unless it
    // looks like a path (then it is one, mistyped, and reported as missing).
    selection = { kind: 'query', query: positionals[0]! };
    paths = positionals.slice(1);
  }
  return { help: false, selection, ...common(values, paths) };
}

const TYPES = ['actor', 'place', 'date'] as const;

export function parseEntitiesArgs(args: readonly string[]): Parsed<{ type?: (typeof TYPES)[number]; limit: number }> {
  const { values, positionals } = strictParse(args, { ...COMMON, type: { type: 'string' }, limit: { type: 'string' } } as const);
  if (values.help) return { help: true };
  const type = values.type;
  if (type !== undefined && !(TYPES as readonly string[]).includes(type)) throw new UsageError(`--type must be one of ${TYPES.join(', ')} (got '${type}')`);
  return { help: false, ...(type !== undefined && { type: type as (typeof TYPES)[number] }), limit: limitOf(values.limit, Infinity), ...common(values, positionals) };
}

export const MAP_FORMATS = ['html', 'geojson', 'svg'] as const;
export type MapFormat = (typeof MAP_FORMATS)[number];

export function parseMapArgs(args: readonly string[]): Parsed<{ out?: string; format: MapFormat; articles: number }> {
  const { values, positionals } = strictParse(args, { ...COMMON, out: { type: 'string', short: 'o' }, format: { type: 'string' }, articles: { type: 'string' } } as const);
  if (values.help) return { help: true };
  const { out } = values;
  let format = values.format;
  if (format !== undefined && !(MAP_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${MAP_FORMATS.join(', ')} (got '${format}')`);
  if (format === undefined) format = out !== undefined && /\.(geo)?json$/i.test(out) ? 'geojson' : out !== undefined && /\.svg$/i.test(out) ? 'svg' : 'html';
  if (values.json) throw new UsageError('map has no --json: use --format geojson');
  return { help: false, ...(out !== undefined && { out }), format: format as MapFormat, articles: limitOf(values.articles, 10), ...common(values, positionals) };
}

export function parseReportArgs(args: readonly string[]): Parsed<object> {
  const { values, positionals } = strictParse(args, COMMON);
  if (values.help) return { help: true };
  return { help: false, ...common(values, positionals) };
}

/**
 * A word written as a path: with a `/` or `\\`, starting with `.` or `~`, or ending in `.txt`; never
 * one with query syntax (a `field:`, a quote, a space, a parenthesis, a leading `-`).
 */
export function looksLikePath(word: string): boolean {
  if (/^[A-Za-z]{2,}:|["\s()]|^-/.test(word)) return false;
  return /[/\\]|^[.~]|\.txt$/i.test(word);
}

function isExistingPath(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
