import { describe, expect, it } from 'vitest';
import { textWindows } from './text-windows.js';

// Small `whole` and `piece` sizes stand for the real ones, so that the fixtures stay readable.
const pieces = (text: string, whole: number, piece: number) => textWindows(text, whole, piece).map((w) => text.slice(w.start, w.end));

describe('textWindows', () => {
  it('keeps a text of article length whole', () => {
    expect(textWindows('Gerasimov met Dunford in Baku.', 100, 10)).toEqual([{ start: 0, end: 30 }]);
    expect(textWindows('', 100, 10)).toEqual([{ start: 0, end: 0 }]);
  });

  it('cuts a longer text after a paragraph break, else a line break, else a sentence end, else a space', () => {
    expect(pieces('One line.\nTwo.\n\nThree four five six seven', 20, 20)).toEqual(['One line.\nTwo.\n\n', 'Three four five six ', 'seven']);
    expect(pieces('Aaa bbb.\nCcc ddd eee fff ggg', 20, 16)).toEqual(['Aaa bbb.\n', 'Ccc ddd eee fff ', 'ggg']);
    expect(pieces('Aaa bbb. Ccc ddd eee fff', 20, 16)).toEqual(['Aaa bbb. ', 'Ccc ddd eee fff']);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(pieces('He met Gen. Valery Gerasimov', 20, 20)).toEqual(['He met Gen. Valery ', 'Gerasimov']);
  });

  it('covers the whole text in order, each piece at most the size asked', () => {
    const text = 'Valery Gerasimov met Joe Dunford in Baku.\n'.repeat(50);
    const windows = textWindows(text, 1000, 300);
    expect(windows[0]!.start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    windows.forEach((w, i) => {
      expect(w.end - w.start).toBeLessThanOrEqual(300);
      if (i > 0) expect(w.start).toBe(windows[i - 1]!.end);
    });
    // Each piece is whole lines.
    for (const piece of pieces(text, 1000, 300)) expect(piece.endsWith('\n')).toBe(true);
  });

  it('cuts a text without spaces anywhere but inside a surrogate pair', () => {
    expect(pieces('a'.repeat(25), 20, 10).map((p) => p.length)).toEqual([10, 10, 5]);
    const emoji = `aaaaaaaaa${'😀'.repeat(8)}`;
    const cuts = pieces(emoji, 10, 10);
    expect(cuts.join('')).toBe(emoji);
    for (const piece of cuts) expect(piece.charCodeAt(piece.length - 1)).not.toSatisfy((c: number) => c >= 0xd800 && c <= 0xdbff);
  });
});
