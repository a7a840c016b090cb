import type { Token } from '../segment/tokenize.js';

/**
 * Calls `visit(i)` once for each token of `tokens` that holds a hyphen after its first character
 * ("US-led", "al-Assad", "1996-08-30"), in order. Few words hold one: they are found from the
 * hyphens of `text` (the text the tokens were read from), not by asking every token. `visit` may
 * replace `tokens[i]`.
 */
export function forEachHyphenated(tokens: readonly Token[], text: string, visit: (i: number) => void): void {
  if (tokens.length === 0) return;
  // Searched from the first token to the last (a window of a long text), which a slice of a flat
  // string marks without a copy: the hyphens of the rest are no token's.
  const last = tokens[tokens.length - 1]!.end;
  const searched = last < text.length ? text.slice(0, last) : text;
  let i = 0;
  for (let hyphen = searched.indexOf('-', tokens[0]!.start + 1); hyphen >= 0; hyphen = searched.indexOf('-', hyphen + 1)) {
    while (i < tokens.length && tokens[i]!.end <= hyphen) i++;
    if (i === tokens.length) break;
    const t = tokens[i]!;
    if (t.start >= hyphen) continue;
    // One visit per token, however many hyphens it holds.
    hyphen = t.end - 1;
    visit(i);
  }
}
