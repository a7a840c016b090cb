import type { Token } from '../segment/tokenize.js';
import { isServiceWord, isTitleHead, isTitleWord } from './word-facts.js';

/**
 * The title or rank written directly before a person's name ("Army Gen.", "Foreign Minister",
 * "Secretary of State"), as written; undefined when there is none. A title holds title words,
 * service words, their periods, and "of"/"to" between title words, and has a head word.
 */
export function roleBefore(text: string, tokens: readonly Token[], first: number): string | undefined {
  let start = first;
  let head = false;
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (tokens[i + 1]!.lineStart) break;
    if (t.text === '.' && i > 0 && tokens[i - 1]!.end === t.start && isTitleWord(tokens[i - 1]!)) continue;
    if ((t.text === 'of' || t.text === 'to') && i > 0 && isTitleWord(tokens[i - 1]!) && start < first) continue;
    if (!t.upper || !(isTitleWord(t) || isServiceWord(t))) break;
    if (isTitleHead(t)) head = true;
    start = i;
  }
  // "of" or "to" opens no title.
  while (start < first && !tokens[start]!.upper) start++;
  if (!head || start === first) return undefined;
  return text.slice(tokens[start]!.start, tokens[first - 1]!.end);
}

const isTitleToken = (t: Token): boolean => t.upper && (isTitleWord(t) || isServiceWord(t));
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;

/**
 * Where the name proper starts in a person's span that opens with a title ("Army Gen. Mark A.
 * Milley" → "Mark A. Milley"): the annotation guide keeps titles out of names, and some training
 * corpora put them in. Returns `first` when the span opens with no title that has a head word.
 */
export function nameAfterTitle(tokens: readonly Token[], first: number, last: number): number {
  let i = first;
  let head = -1;
  while (i < last) {
    const t = tokens[i]!;
    if (isTitleToken(t)) {
      if (isTitleHead(t)) head = i;
    } else if (t.text === '.' && i > first && isTitleWord(tokens[i - 1]!)) {
      // "Gen." keeps its period.
    } else if ((t.text === 'of' || t.text === 'to') && i > first && isTitleToken(tokens[i + 1]!)) {
      // "Secretary of State".
    } else if (!ORDINAL.test(t.text)) break;
    i++;
  }
  if (head < 0) return first;
  // The name starts after the last title word, never on a period or a lower-case word.
  let start = i;
  while (start <= last && !tokens[start]!.upper) start++;
  return start <= last ? start : first;
}
