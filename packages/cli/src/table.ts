import type { Analysis, Mention, MentionType } from '@seedlens/core';
import { printable } from './printable.js';
import { oneLine, paint, plural, type Style } from './style.js';

export interface TableOptions {
  /** Use ANSI colours (only when stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
}

/** One entity of one article as the report lists it. */
export interface EntityRow {
  type: MentionType;
  id: string;
  name: string;
  kind: string;
  count: number;
  /** Roles seen (actors) or the TIMEX3 value and mod (dates). */
  detail: string;
  first: number;
}

const GROUPS: { type: MentionType; title: string; detail: string; colour: Style }[] = [
  { type: 'actor', title: 'Actors', detail: 'role', colour: 'cyan' },
  { type: 'place', title: 'Places', detail: '', colour: 'green' },
  { type: 'date', title: 'Dates', detail: 'value', colour: 'yellow' },
];

const MAX_NAME = 40;

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}

/** Groups an analysis' mentions by entity: one row per entity, most mentioned first. */
export function entityRows(analysis: Analysis): EntityRow[] {
  const byId = new Map<string, Mention[]>();
  for (const m of [...analysis.mentions].sort((a, b) => a.start - b.start)) {
    const key = `${m.type}\u0000${m.entityId}`;
    const list = byId.get(key);
    if (list) list.push(m);
    else byId.set(key, [m]);
  }
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const rows: EntityRow[] = [];
  for (const mentions of byId.values()) {
    const first = mentions[0]!;
    const entity = entities.get(first.entityId);
    const longest = mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    // Dates are listed as written ("Thursday"); their TIMEX3 value goes in its own column.
    const name = first.type === 'date' ? first.text : (entity?.name ?? longest.text);
    let detail: string;
    if (first.type === 'date') {
      detail = distinct(mentions.map((m) => (m.value === undefined ? undefined : printable(m.mod ? `${m.value} (${m.mod})` : m.value)))).join(', ');
    } else {
      detail = distinct(mentions.map((m) => m.role && oneLine(m.role))).join(', ');
    }
    rows.push({
      type: first.type,
      id: first.entityId,
      name: oneLine(name),
      kind: printable(entity?.kind ?? first.kind ?? ''),
      count: mentions.length,
      detail,
      first: first.start,
    });
  }
  return rows.sort((a, b) => b.count - a.count || a.first - b.first);
}

/** A readable report of one article: its name, DCT, then actors, places and dates in aligned columns. */
export function formatTable(file: string, analysis: Analysis, options: TableOptions): string {
  const c = options.color;
  const rows = entityRows(analysis);
  const counts = { actor: 0, place: 0, date: 0 };
  for (const m of analysis.mentions) counts[m.type]++;
  const title = analysis.source.frontMatter?.title ?? analysis.source.sections[0]?.title ?? '';

  const lines: string[] = [paint(c, 'bold', printable(file))];
  if (title.trim() !== '') lines.push(`  ${oneLine(title, 100)}`);
  lines.push(
    `  DCT ${analysis.dct ? `${printable(analysis.dct)} ${paint(c, 'dim', dctFrom(analysis))}` : paint(c, 'dim', 'unknown')}  ·  ${plural(analysis.mentions.length, 'mention')}: ` +
      `${plural(counts.actor, 'actor')}, ${plural(counts.place, 'place')}, ${plural(counts.date, 'date')}`,
  );

  const nameWidth = Math.max(...GROUPS.map((g) => g.title.length), ...rows.map((r) => Math.min(r.name.length, MAX_NAME)));
  const kindWidth = Math.max('kind'.length, ...rows.map((r) => r.kind.length));
  const countWidth = Math.max('mentions'.length, ...rows.map((r) => String(r.count).length));

  for (const group of GROUPS) {
    const members = rows.filter((r) => r.type === group.type);
    lines.push('');
    const head = group.title.padEnd(nameWidth);
    const cols = `${(group.type === 'date' ? '' : 'kind').padEnd(kindWidth)}  ${'mentions'.padStart(countWidth)}  ${group.detail}`.trimEnd();
    lines.push(`  ${paint(c, 'bold', paint(c, group.colour, head))}  ${paint(c, 'dim', cols)}`);
    if (members.length === 0) {
      lines.push(`  ${paint(c, 'dim', '(none)')}`);
      continue;
    }
    for (const row of members) {
      const name = oneLine(row.name, MAX_NAME).padEnd(nameWidth);
      const line = `  ${name}  ${row.kind.padEnd(kindWidth)}  ${String(row.count).padStart(countWidth)}  ${row.detail}`;
      lines.push(line.trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Where an article's date came from and how sure it is: "(from the header, 0.9)". */
export function dctFrom(analysis: Analysis): string {
  const source = analysis.dctSource ?? 'option';
  const words = source === 'option' ? 'given' : source === 'front-matter' ? 'from front matter' : source === 'file-name' ? 'from the file name' : `from the ${source}`;
  return source === 'option' || source === 'front-matter' ? `(${words})` : `(${words}, ${analysis.dctConfidence ?? 1})`;
}
