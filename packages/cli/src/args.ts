import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A problem with the command line itself: reported with a usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type OutputFormat = 'jsonl' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['jsonl', 'table'];

export interface ExtractOptions {
  /** Document creation time for every file, YYYY-MM-DD, or 'none'; undefined: each file's own (front matter, else found). */
  dct?: string;
  format: OutputFormat;
  paths: string[];
}

export type ParsedExtract = { help: true } | ({ help: false } & ExtractOptions);

/**
 * Split argv into the global part and a command: `[--help|--version] [command [args...]]`.
 * Global options are only recognised before the command name.
 */
export type TopLevel =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'command'; name: string; args: string[] };

export function parseTopLevel(argv: readonly string[]): TopLevel {
  const first = argv[0];
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h' || first === 'help') {
    // `seedlens help extract` is `seedlens extract --help`.
    const topic = argv[1];
    return topic === undefined ? { kind: 'help' } : { kind: 'command', name: topic, args: ['--help'] };
  }
  if (first === '--version' || first === '-v' || first === '-V') return { kind: 'version' };
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
  return { kind: 'command', name: first, args: argv.slice(1) };
}

type ParseOptions = NonNullable<ParseArgsConfig['options']>;
/** What parseArgs returns for these options (named here: node's own name for it is not exported). */
type StrictParsed<T extends ParseOptions> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/**
 * Runs node:util parseArgs in strict mode, turning its errors into UsageErrors with short messages.
 * With `queryWords`, an argument that starts with one `-` but that no option can be, because it
 * holds a colon, a space, a quote or a parenthesis (`-place:syria`, `-"hot line"`), is a word of
 * the query, not an option.
 */
export function strictParse<T extends ParseOptions>(args: readonly string[], options: T, { queryWords = false } = {}): StrictParsed<T> {
  // Query words are hidden from parseArgs behind placeholders no argument can hold, then put back.
  const hidden = new Map<string, string>();
  const shown = queryWords
    ? args.map((arg, i) => {
        if (!isQueryWord(arg)) return arg;
        const placeholder = `\u0000${i}`;
        hidden.set(placeholder, arg);
        return placeholder;
      })
    : [...args];
  let parsed: StrictParsed<T>;
  try {
    parsed = parseArgs({ args: shown, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = shortParseError(error);
    const dashWord = queryWords && /^unknown option '-[^-]/.test(message);
    throw new UsageError(dashWord ? `${message} (a query word that starts with '-' goes after '--')` : message);
  }
  if (hidden.size === 0) return parsed;
  const back = (value: string) => hidden.get(value) ?? value;
  const values = Object.entries(parsed.values).map(([key, value]) => [key, typeof value === 'string' ? back(value) : value]);
  return { ...parsed, positionals: parsed.positionals.map(back), values: Object.fromEntries(values) } as StrictParsed<T>;
}

/** `-place:syria`, `-"hot line"`, `-(a OR b)`: starts with one `-` and holds what no option does. */
export function isQueryWord(arg: string): boolean {
  return /^-[^-]/.test(arg) && /[:\s"()]/.test(arg);
}

function shortParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option '${option.split(/[ ,]/)[0]}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option '${option.split(/[ ,]/)[0]}' needs a value`;
  // Keep only the first sentence of node's message.
  return message.split('\n')[0]!.replace(/\. .*$/, '');
}

export const EXTRACT_USAGE = `Usage: seedlens extract [--dct YYYY-MM-DD|none] [--format jsonl|table | --json] PATH...

Finds the actors, places and dates in each article. PATH is a file, or a folder
searched recursively for *.txt files (sorted; node_modules and dot-folders skipped).

Options:
  --dct YYYY-MM-DD     document creation time for every file; relative dates resolve to it
                       (default: the file's front matter 'date:', else the date found in
                       its file name, its header lines or its opening paragraphs)
  --dct none           no document date: none is looked for, relative dates stay open
  -f, --format FORMAT  jsonl (default): one JSON line per file
                         {"file","dct","dctSource","dctConfidence","entities":[{"start",
                          "end","text","type","kind"?,"id","value"?,"mod"?,"role"?}]}
                       dctSource: option, front-matter, file-name, header, text or null
                       table: a readable report per article
  --json               the same as --format jsonl
  --no-cache           accepted for every command; extract reads and writes no cache anyway
  -h, --help           show this help

Exit status: 0 when every file was read, 1 when some could not be, 2 on a usage error.
`;

export function parseExtractArgs(args: readonly string[]): ParsedExtract {
  const { values, positionals } = strictParse(args, {
    dct: { type: 'string' },
    format: { type: 'string', short: 'f' },
    json: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  } as const);
  if (values.help) return { help: true };

  if (values.json && values.format !== undefined && values.format !== 'jsonl') throw new UsageError(`give --json or --format ${values.format}, not both`);
  const format = values.format ?? 'jsonl';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got '${format}')`);
  }
  let dct: string | undefined;
  if (values.dct !== undefined) {
    if (values.dct !== 'none' && !isValidDate(values.dct)) throw new UsageError(`--dct must be a calendar date YYYY-MM-DD or none (got '${values.dct}')`);
    dct = values.dct;
  }
  if (positionals.length === 0) throw new UsageError('extract needs at least one file or folder');
  return { help: false, format: format as OutputFormat, paths: positionals, ...(dct !== undefined ? { dct } : {}) };
}

/** True for an existing calendar day written YYYY-MM-DD (so 2021-02-29 is refused). */
export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
