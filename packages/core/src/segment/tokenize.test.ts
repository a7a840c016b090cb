import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const starts = (text: string) => tokenize(text).filter((t) => t.sentenceStart).map((t) => t.text);

describe('tokenize', () => {
  it('keeps dotted abbreviations, inner hyphens and apostrophes inside tokens', () => {
    expect(tokenize('The U.S. and al-Assad’s Dunford-Gerasimov talks').map((t) => t.text)).toEqual(['The', 'U.S.', 'and', 'al-Assad’s', 'Dunford-Gerasimov', 'talks']);
  });

  it('ends words at dashes, curly quotes and ellipses, which are tokens of their own', () => {
    const tokens = tokenize('nature—for “Putin’s” talks… Kyiv’s ‘hot line’ – Gerasimov–Dunford');
    expect(tokens.map((t) => t.text)).toEqual(['nature', '—', 'for', '“', 'Putin’s', '”', 'talks', '…', 'Kyiv’s', '‘', 'hot', 'line', '’', '–', 'Gerasimov', '–', 'Dunford']);
    expect(tokens.filter((t) => t.word).map((t) => t.text)).toEqual(['nature', 'for', 'Putin’s', 'talks', 'Kyiv’s', 'hot', 'line', 'Gerasimov', 'Dunford']);
  });

  it('does not end sentences at titles, initials or month abbreviations', () => {
    expect(starts('Gen. Mark A. Milley met on Dec. 18. Then he left.')).toEqual(['Gen', 'Then']);
  });

  it('starts a sentence at each line, after CRLF too', () => {
    expect(starts('one line\r\nanother line')).toEqual(['one', 'another']);
  });

  it('marks title-case lines as headlines', () => {
    const tokens = tokenize('Top Military Leaders Meet in Bern\nThe leaders met in Bern.');
    expect(tokens.filter((t) => t.headline).map((t) => t.text)).toEqual(['Top', 'Military', 'Leaders', 'Meet', 'in', 'Bern']);
  });
});
