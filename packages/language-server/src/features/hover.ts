import type { Analysis, Mention } from '@seedlens/core';
import type { CorpusEntity } from '@seedlens/query';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { articleLabel } from '../article-label.js';
import type { CorpusView } from '../corpus-view.js';
import { dateInWords } from '../date-words.js';
import { escapeMarkdown, linkDestination } from '../markdown.js';
import { printable } from '../printable.js';

/**
 * How many of an entity's mentions are read to find its usual role: its first articles, by uri.
 * Each article read is rebuilt from the corpus's compact record, so the sample stays small.
 */
const ROLE_SAMPLE = 200;
/** Titles longer than this are cut (some articles' first sentence is their title). */
const TITLE_LENGTH = 90;

function shortTitle(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length <= TITLE_LENGTH ? line : `${line.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The role written at this mention, else the one written most often before the entity's name. */
function roleOf(view: CorpusView, entity: CorpusEntity, mention: Mention): string | undefined {
  if (mention.role) return mention.role;
  const counts = new Map<string, number>();
  for (const other of view.corpus.mentionsOf(entity.id, { limit: ROLE_SAMPLE })) {
    const role = other.mention.role;
    if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [role, n] of counts) if (best === undefined || n > counts.get(best)!) best = role;
  return best;
}

function headline(entity: CorpusEntity, mention: Mention): string[] {
  if (entity.type === 'date') {
    const value = printable(mention.value ?? entity.value ?? '');
    return [`**${escapeMarkdown(dateInWords(value, mention.mod))}**`, '', `date · \`${value}${mention.mod ? ` ${mention.mod}` : ''}\``];
  }
  const kinds = entity.kinds.length > 0 ? entity.kinds : entity.kind ? [entity.kind] : [];
  return [`**${escapeMarkdown(entity.name)}**`, '', [entity.type, ...kinds].join(' · ')];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FROM: Record<string, string> = {
  option: 'as given',
  'front-matter': 'from its front matter',
  'file-name': 'from its file name',
  header: 'from the header',
  text: 'from the text',
};

/**
 * The article's own date, against which its relative dates resolve, and where it was found:
 * "Article dated 18 Dec 2019, from the header".
 */
export function articleDated(analysis: Analysis | undefined): string | undefined {
  if (!analysis) return undefined;
  const m = analysis.dct ? /^(\d{4})-(\d\d)-(\d\d)/.exec(analysis.dct) : null;
  if (!m) return 'Article undated: its relative dates stay open';
  const from = FROM[analysis.dctSource ?? 'option'] ?? '';
  return `Article dated ${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}${from && `, ${from}`}`;
}

/**
 * What is known of the entity under the cursor, as Markdown: name, kind, other names, role,
 * a date's value in words, how many articles mention it and the articles that mention it most.
 * Article text is escaped, so nothing written in an article becomes a link, HTML or command.
 */
export function hover(view: CorpusView, uri: string, position: Position, options: { articles?: number } = {}): Hover | null {
  const positions = view.positions(uri);
  const offset = positions?.offset(position);
  if (positions === undefined || offset === undefined) return null;
  const found = view.corpus.mentionAt(uri, offset);
  if (!found) return null;
  const range = positions.range(found.mention.start, found.mention.end);
  const entity = view.corpus.entity(found.entityId);
  if (!entity || !range) return null;

  const lines = headline(entity, found.mention);
  if (entity.type === 'date') {
    const dated = articleDated(view.corpus.get(uri)?.analysis);
    if (dated) lines.push('', dated);
  }
  const others = entity.names.filter((name) => name !== entity.name);
  if (others.length > 0) lines.push('', `Also: ${others.map(escapeMarkdown).join(' · ')}`);
  const role = entity.type === 'actor' ? roleOf(view, entity, found.mention) : undefined;
  if (role) lines.push('', `Role: ${escapeMarkdown(role)}`);
  lines.push('', `Mentioned in ${plural(entity.articleCount, 'article')} (${plural(entity.mentionCount, 'mention')})`);

  const hits = view.corpus.articlesFor(entity.id, { limit: options.articles ?? 5 });
  if (hits.length > 0) {
    lines.push('');
    for (const hit of hits) {
      const label = escapeMarkdown(articleLabel(view.corpus, hit.uri));
      const here = hit.uri === uri ? ' (this article)' : '';
      lines.push(`- [${label}](${linkDestination(hit.uri)}) ${escapeMarkdown(shortTitle(hit.title))}${here}`);
    }
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range };
}
