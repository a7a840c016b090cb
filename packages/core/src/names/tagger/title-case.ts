import { isCommonWord } from '../word-facts.js';
import type { CharSpan } from './align.js';

/** A text with its names, as the training corpora give them. */
export interface NamedText {
  text: string;
  names: CharSpan[];
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'on', 'at', 'to', 'by', 'of', 'in', 'as', 'vs']);

/**
 * CoNLL-2003 writes its headlines in capitals; much of today's news writes them in title case
 * ("Biden Signs Climate Bill Into Law"), where a capital says as little, and which a tagger
 * trained on CoNLL alone has never seen: it reads such a line as one long organization. This is
 * the headline of `article` in title case, with the line below it (a dateline), as an article of
 * its own to train on; undefined where the first line is not in capitals.
 *
 * Small words go to lower case and the rest to a capital and lower case, except an acronym inside
 * a name of up to three letters that is no word ("PSV", "UN", "U.S."; "NATO" becomes "Nato", as
 * some newspapers write it); a closing period goes, as title-case headlines have none. Every word
 * keeps its length, so the names keep their offsets.
 */
export function titleCaseHeadline(article: NamedText): NamedText | undefined {
  const [head = '', below = ''] = article.text.split('\n', 2);
  const letters = head.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters !== letters.toUpperCase()) return undefined;
  const inName = (at: number) => article.names.some((n) => n.start <= at && at < n.end);
  let first = true;
  const titled = head.replace(/\S+/g, (word, at: number) => {
    if (!/\p{L}/u.test(word)) return word;
    const lower = word.toLowerCase();
    const bare = word.replace(/[^\p{L}]/gu, '').toLowerCase();
    const acronym = /\.\p{L}/u.test(word) || (inName(at) && !SMALL_WORDS.has(bare) && (bare.length <= 2 || (bare.length === 3 && !isCommonWord(bare))));
    const out = acronym ? word : !first && SMALL_WORDS.has(bare) ? lower : lower.replace(/(^|-)(\p{L})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());
    first = false;
    return out;
  });
  // Lower case is longer than capitals for a few letters ("İ"): such a headline is left out.
  if (titled.length !== head.length) return undefined;
  const headline = titled.replace(/\s*\.$/, '');
  // The line below moves left by what the headline lost at its end.
  const shift = titled.length - headline.length;
  const text = `${headline}\n${below}`;
  const names: CharSpan[] = [];
  for (const n of article.names) {
    if (n.end <= headline.length) names.push(n);
    else if (n.start > titled.length && n.end - shift <= text.length) names.push({ ...n, start: n.start - shift, end: n.end - shift });
  }
  return { text, names };
}
