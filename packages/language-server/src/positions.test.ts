import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { PositionMap, editOf, type PendingEdit } from './positions.js';

/** Applies `changes` one by one to a document of `text`, recording each as an edit. */
function edited(text: string, changes: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>) {
  const document = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
  const edits: PendingEdit[] = [];
  for (const change of changes) {
    edits.push(editOf(document, change));
    TextDocument.update(document, [change], document.version + 1);
  }
  return { document, map: PositionMap.edited(document, edits) };
}

describe('PositionMap.of', () => {
  const map = PositionMap.of('ab\r\ncd\nef');

  it('converts offsets to positions and back, CRLF counting as one line break', () => {
    expect(map.position(4)).toEqual({ line: 1, character: 0 });
    expect(map.range(7, 9)).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
    expect(map.offset({ line: 1, character: 1 })).toBe(5);
  });

  it('clamps positions past a line or the text', () => {
    expect(map.offset({ line: 0, character: 99 })).toBe(2);
    expect(map.offset({ line: 99, character: 0 })).toBe(9);
    expect(map.offset({ line: -3, character: -1 })).toBe(0);
    expect(map.offset({ line: Number.NaN, character: 1 })).toBe(1);
  });

  it('counts UTF-16 code units, as LSP positions do', () => {
    const emoji = PositionMap.of('😀 Baku');
    expect(emoji.position(3)).toEqual({ line: 0, character: 3 });
  });
});

describe('PositionMap.edited', () => {
  const text = 'Gerasimov met Dunford.\nBaku was cold.\n';

  it('shifts spans after an insertion and keeps those before it', () => {
    const { map } = edited(text, [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, text: 'and then ' }]);
    expect(map.stale).toBe(true);
    expect(map.range(0, 9)).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
    expect(map.range(14, 21)).toEqual({ start: { line: 0, character: 23 }, end: { line: 0, character: 30 } });
  });

  it('drops spans an edit touched, and follows line breaks typed before a span', () => {
    const { map } = edited(text, [
      { range: { start: { line: 0, character: 16 }, end: { line: 0, character: 18 } }, text: 'XX' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Top\n' },
    ]);
    expect(map.range(14, 21)).toBeUndefined();
    expect(map.range(23, 27)).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
  });

  it('maps client positions back to analysed offsets; typed text has none', () => {
    const { map } = edited(text, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Top\n' }]);
    expect(map.offset({ line: 2, character: 1 })).toBe(24);
    expect(map.offset({ line: 0, character: 1 })).toBeUndefined();
  });

  it('treats a whole-text change as touching everything', () => {
    const document = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
    const map = PositionMap.edited(document, [editOf(document, { text: 'new' })]);
    expect(map.range(0, 9)).toBeUndefined();
  });

  it('reads the current line up to a position', () => {
    const { map } = edited(text, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Gera' }]);
    expect(map.lineBefore({ line: 1, character: 4 })).toEqual({
      text: 'Gera',
      start: { line: 1, character: 0 },
      end: { line: 1, character: 4 },
    });
  });
});
