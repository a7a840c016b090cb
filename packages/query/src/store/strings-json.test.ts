import { describe, expect, it } from 'vitest';
import { writeStringsJson } from './strings-json.js';

function written(strings: string[], partChars?: number): { bytes: Buffer; parts: number } {
  const parts: Buffer[] = [];
  writeStringsJson(strings, (b) => parts.push(Buffer.from(b)), partChars);
  return { bytes: Buffer.concat(parts), parts: parts.length };
}

describe('writeStringsJson', () => {
  const table = ['', 'Baku', 'say "hi"\n', '北京', 'Zürich', '\ud83d\ude00', 'lone \ud800 surrogate', 'back\\slash', '\u2028'];

  it('writes the bytes of JSON.stringify, whatever the size of the parts', () => {
    for (const partChars of [1, 5, 12, 1000]) {
      expect(written(table, partChars).bytes.equals(Buffer.from(JSON.stringify(table)))).toBe(true);
    }
    expect(written([]).bytes.toString()).toBe('[]');
    expect(written(['a'], 1).bytes.toString()).toBe('["a"]');
  });

  it('writes a large table in many parts, read back by one JSON.parse', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `name ${i} “${i % 7}”`);
    const { bytes, parts } = written(many);
    expect(parts).toBeGreaterThan(10);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(many);
  });
});
