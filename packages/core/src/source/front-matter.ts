import { parse } from './yaml.js';
import type { FrontMatter } from '../types.js';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
// Front matter is a short header; a "---" line deep inside an article is a rule, not a header.
const MAX_FRONT_MATTER = 16 * 1024;

/** Reads YAML front matter (`---` … `---`) at the very start of the text, if any. */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPENING.exec(text);
  if (!open) return null;
  const body = text.slice(open[0].length, open[0].length + MAX_FRONT_MATTER);
  const close = CLOSING.exec(body);
  if (!close) return null;
  const end = open[0].length + close.index + close[0].length;
  const yamlText = body.slice(0, close.index);
  let data: unknown = readFlatHeader(yamlText);
  if (data === undefined) {
    try {
      data = parse(yamlText);
    } catch {
      // Malformed YAML is still a header: its range holds no mentions, but it yields no fields.
      data = null;
    }
  }
  const fields: Record<string, string> = {};
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) {
      if (value instanceof Date) fields[key] = value.toISOString();
      else if (value !== null && typeof value !== 'object') fields[key] = String(value);
    }
  }
  const date = fields.date !== undefined ? normalizeDct(fields.date) : null;
  return {
    start: 0,
    end,
    fields,
    ...(fields.title !== undefined && { title: fields.title }),
    ...(date && { date }),
    ...(fields.source !== undefined && { source: fields.source }),
    ...(fields.url !== undefined && { url: fields.url }),
  };
}

// Almost every header is flat `key: value` lines. Those are read here, because the yaml
// parser costs more than the rest of source reading; anything it would read differently
// (numbers, booleans, escapes, flow or block syntax, comments) goes to the yaml package.
const FLAT_LINE = /^([A-Za-z_][\w-]*):[ \t]+(?:"([^"\\]*)"|'([^']*)'|([^\s"'#&*!|>%@`{}\[\],?:-][^#]*?))[ \t]*$/;
const PLAIN_SPECIAL = /^(?:[-+]?(?:\.?\d|\.(?:inf|nan))|~$|null$|true$|false$|yes$|no$|on$|off$)|: /i;

function readFlatHeader(yamlText: string): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  for (const line of yamlText.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const m = FLAT_LINE.exec(line);
    if (m === null || Object.hasOwn(fields, m[1]!)) return undefined;
    const plain = m[4];
    if (plain !== undefined && PLAIN_SPECIAL.test(plain) && !/^\d{4}-\d\d-\d\d$/.test(plain)) return undefined;
    fields[m[1]!] = m[2] ?? m[3] ?? plain!;
  }
  return fields;
}

/** `2021-09-10`, `2021-09-10T08:00:00Z` or `2021/9/10` → `2021-09-10`; anything else → null. */
export function normalizeDct(value: string): string | null {
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
