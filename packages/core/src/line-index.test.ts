import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';

describe('LineIndex', () => {
  const text = 'ab\r\ncd\nef';
  const index = new LineIndex(text);

  it('turns offsets into line and character, with CRLF and LF', () => {
    expect(index.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(index.positionAt(4)).toEqual({ line: 1, character: 0 });
    expect(index.positionAt(8)).toEqual({ line: 2, character: 1 });
    expect(index.lineCount).toBe(3);
  });

  it('turns positions back into offsets, clamped to the line', () => {
    expect(index.offsetAt({ line: 1, character: 1 })).toBe(5);
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(index.offsetAt({ line: 9, character: 0 })).toBe(text.length);
  });
});
