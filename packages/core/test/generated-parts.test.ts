import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { partLiterals } from '../scripts/generated-parts.mjs';

const split = partLiterals as (payload: string, maxBytes?: number) => string[];
// A literal the script wrote, read back as JavaScript reads it.
const valueOf = (literal: string): string => new Function(`return ${literal};`)() as string;

describe('generated data in parts (scripts/generated-parts.mjs)', () => {
  it('cuts a payload into ASCII literals of at most the size given, which join back into it', () => {
    const payload = `{"names":["O'Brien","Zürich","北京","\\\\slash","line\\nbreak"],"odd":"\u2028\u0000\ud83d\ude00"}`.repeat(40);
    const parts = split(payload, 200);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(200);
      expect(/^[\x20-\x7e]*$/.test(part)).toBe(true);
    }
    expect(parts.map(valueOf).join('')).toBe(payload);
  });

  it('never cuts inside an escape or a character outside the BMP', () => {
    const payload = '\ud83d\ude00'.repeat(100);
    const parts = split(payload, 30);
    for (const part of parts) expect(valueOf(part).length % 2).toBe(0);
    expect(parts.map(valueOf).join('')).toBe(payload);
  });
});
