import type { Token } from '../segment/tokenize.js';
import { fold } from './gazetteer.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';
import { isCommonWord } from './word-facts.js';

const OTHER = NAME_TYPES.indexOf('other');
const isWord = (t: Token): boolean => t.word && t.text.length >= 2;

/**
 * One sense per article, for recall: where the tagger named a sequence of words somewhere in the
 * article and left the same words unnamed elsewhere ("ISIS, Russia and Ebola" after a dozen
 * "ISIS"), the other occurrences are named too, with the type the article settled on. Only
 * eligible capitalized words are read (a word in lower case is another word), never inside a name
 * or a blocked range, and not a lone common word ("Pivot"), which the article may use as a word.
 * A name the tagger cut short where the article names the longer one elsewhere ("Daraa" before an
 * unnamed "al-Balad", after a dozen "Daraa al-Balad") is made the longer one. Returns the spans
 * with the new and the longer ones, in text order (as `spans` are); `spans` itself where nothing
 * changed.
 */
export function propagateNames(spans: readonly TokenSpan[], tokens: readonly Token[], eligible: Uint8Array): TokenSpan[] {
  const covered = new Uint8Array(tokens.length);
  // Loops, not fill: a span is a few tokens, and a call of fill costs more than setting them.
  for (const s of spans) for (let k = s.first; k <= s.last; k++) covered[k] = 1;
  // Named sequences by their first word: the folded words and the type, longest first.
  const named = new Map<string, { words: string[]; type: number }[]>();
  const seen = new Set<string>();
  for (const s of spans) {
    // Names that start and end with a word of two letters or more: not an initial, not a sign.
    if (s.type === OTHER || !isWord(tokens[s.first]!) || !isWord(tokens[s.last]!)) continue;
    // A name of one word is its token's text, no joined copy of it: most names are one word.
    const key = s.first === s.last ? tokens[s.first]!.text : joinedWords(tokens, s);
    if (seen.has(key)) continue;
    seen.add(key);
    const words: string[] = [];
    for (let i = s.first; i <= s.last; i++) words.push(tokens[i]!.text);
    if (words.length === 1 && isCommonWord(tokens[s.first]!) && words[0] !== words[0]!.toUpperCase()) continue;
    let list = named.get(words[0]!);
    if (!list) named.set(words[0]!, (list = []));
    list.push({ words, type: s.type });
  }
  for (const list of named.values()) list.sort((a, b) => b.words.length - a.words.length);
  const added: TokenSpan[] = [];
  // The spans are in text order: `next` walks them with `i`, to the first that starts at or after it.
  let next = 0;
  let longer: Map<number, TokenSpan> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!eligible[i] || !tokens[i]!.upper) continue;
    const candidates = named.get(tokens[i]!.text);
    if (!candidates) continue;
    // A span here may be a longer name's start; tokens inside a span are no name's start.
    let shorter: TokenSpan | undefined;
    if (covered[i]) {
      while (next < spans.length && spans[next]!.first < i) next++;
      if (spans[next]?.first !== i) continue;
      shorter = spans[next]!;
    }
    for (const c of candidates) {
      const last = i + c.words.length - 1;
      if (shorter && last <= shorter.last) break;
      let fits = last < tokens.length;
      for (let k = 1; fits && k < c.words.length; k++) {
        const inShorter = shorter !== undefined && i + k <= shorter.last;
        fits = (inShorter || (!covered[i + k] && eligible[i + k] === 1 && !tokens[i + k]!.lineStart)) && tokens[i + k]!.text === c.words[k];
      }
      if (!fits) continue;
      if (shorter) (longer ??= new Map()).set(i, { first: i, last, type: c.type });
      else added.push({ first: i, last, type: c.type });
      for (let k = i; k <= last; k++) covered[k] = 1;
      i = last;
      break;
    }
  }
  if (added.length === 0 && longer === undefined) return spans as TokenSpan[];
  const kept = longer === undefined ? spans : spans.map((s) => longer!.get(s.first) ?? s);
  return [...kept, ...added].sort((a, b) => a.first - b.first);
}

function joinedWords(tokens: readonly Token[], s: TokenSpan): string {
  let joined = tokens[s.first]!.text;
  for (let i = s.first + 1; i <= s.last; i++) joined += ' ' + tokens[i]!.text;
  return joined;
}
