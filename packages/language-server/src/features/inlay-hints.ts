import type { InlayHint, Range } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';
import { dateInWords, isAnchored } from '../date-words.js';

function inside(range: Range, position: Range['start']): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

/**
 * After each relative date ("last month", "Thursday", "today") that the article's creation date
 * resolved, the date it means: `last month = February 2017`. A date whose text already holds
 * its year gets no hint.
 */
export function inlayHints(view: CorpusView, uri: string, range: Range): InlayHint[] | null {
  const positions = view.positions(uri);
  const document = view.corpus.get(uri);
  if (!positions || !document) return null;
  if (!document.analysis.dct) return [];
  const hints: InlayHint[] = [];
  for (const { mention } of view.corpus.mentionsIn(uri)) {
    const value = mention.value;
    // Decades and centuries are left out: "the twenty-first century" is not relative to anything.
    if (mention.type !== 'date' || !value || !/^\d{4}/.test(value) || !isAnchored(value)) continue;
    if (mention.text.includes(value.slice(0, 4))) continue;
    const end = positions.position(mention.end);
    if (!end || !inside(range, end)) continue;
    hints.push({
      position: end,
      label: `= ${dateInWords(value, mention.mod)}`,
      paddingLeft: true,
      tooltip: `${value} — resolved against the article's date, ${document.analysis.dct}`,
    });
  }
  return hints;
}
