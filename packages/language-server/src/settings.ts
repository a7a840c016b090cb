/** How semantic tokens are typed: seedlens' own types, or standard ones every theme colours. */
export type TokenStyle = 'custom' | 'standard';

export interface Settings {
  articles: {
    /** Globs (relative to each workspace folder) of the files that are articles. */
    include: string[];
    exclude: string[];
    /** Larger files are skipped, in bytes. */
    maxFileSize: number;
    /** Indexing stops after this many files, so opening a home folder stays bounded. */
    maxFiles: number;
  };
  tokenStyle: TokenStyle;
  codeLens: { enabled: boolean; limit: number };
  inlayHints: { enabled: boolean };
  /** Reuse analyses cached on disk by content hash. */
  cache: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  articles: { include: ['**/*.txt'], exclude: [], maxFileSize: 2_000_000, maxFiles: 20_000 },
  tokenStyle: 'custom',
  codeLens: { enabled: true, limit: 3 },
  inlayHints: { enabled: true },
  cache: true,
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function objectOf(value: unknown): Json {
  return isObject(value) ? value : {};
}

function stringsOr(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : fallback;
}

function countOr(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * Settings from whatever a client sent: the `seedlens` section or an object holding it, with
 * nested or dotted keys; anything missing or of the wrong type keeps its default.
 */
export function readSettings(raw: unknown): Settings {
  const expanded = expandDotted(objectOf(raw));
  const section = isObject(expanded['seedlens']) ? expanded['seedlens'] : expanded;
  const articles = objectOf(section['articles']);
  const codeLens = objectOf(section['codeLens']);
  const inlayHints = objectOf(section['inlayHints']);
  const d = DEFAULT_SETTINGS;
  return {
    articles: {
      include: stringsOr(articles['include'], d.articles.include),
      exclude: stringsOr(articles['exclude'], d.articles.exclude),
      maxFileSize: countOr(articles['maxFileSize'], d.articles.maxFileSize, 1),
      maxFiles: countOr(articles['maxFiles'], d.articles.maxFiles, 1),
    },
    tokenStyle: section['tokenStyle'] === 'standard' || section['tokenStyle'] === 'custom' ? section['tokenStyle'] : d.tokenStyle,
    codeLens: {
      enabled: booleanOr(codeLens['enabled'], d.codeLens.enabled),
      limit: countOr(codeLens['limit'], d.codeLens.limit, 1),
    },
    inlayHints: { enabled: booleanOr(inlayHints['enabled'], d.inlayHints.enabled) },
    cache: booleanOr(section['cache'], d.cache),
  };
}

/** `{ "articles.include": x }` → `{ articles: { include: x } }`, at every level (users write either). */
function expandDotted(object: Json): Json {
  const out: Json = {};
  for (const [key, raw] of Object.entries(object)) {
    const value = isObject(raw) ? expandDotted(raw) : raw;
    const path = key.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) {
      node[part] = { ...objectOf(node[part]) };
      node = node[part] as Json;
    }
    const last = path[path.length - 1]!;
    node[last] = isObject(value) && isObject(node[last]) ? { ...node[last], ...value } : value;
  }
  return out;
}

/** The settings whose change means the workspace must be indexed again. */
export function indexingChanged(a: Settings, b: Settings): boolean {
  return JSON.stringify(a.articles) !== JSON.stringify(b.articles) || a.cache !== b.cache;
}
