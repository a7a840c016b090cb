import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// No pattern may be slower than linear: a megabyte of each degenerate input is analysed in
// well under a second on a quiet machine (the exact figures belong in a benchmark). The bound
// here is generous so that a loaded CI machine does not fail it, yet a quadratic pattern,
// which takes minutes on a megabyte, cannot pass.
const MB = 1_000_000;
const GENEROUS_MS = 15_000;
/** Lines of ever new people, each name met once, or all of one family name (issue 13). */
function newPeople(chars: number, family?: string): string {
  let seed = 7;
  const letter = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % 26;
  const name = () => String.fromCharCode(65 + letter()) + Array.from({ length: 6 }, () => String.fromCharCode(97 + letter())).join('');
  const lines: string[] = [];
  for (let size = 0; size < chars; size += lines[lines.length - 1]!.length) {
    lines.push(`General ${name()} ${family ?? name()} met President ${name()} ${family ?? name()} in ${name()} on 3 March 2017.\n`);
  }
  return lines.join('').slice(0, chars);
}
const CASES: Record<string, string> = {
  'capitals': 'A'.repeat(MB),
  'capitalized words': 'Abc '.repeat(MB / 4),
  'dots': '.'.repeat(MB),
  'digits': '1'.repeat(MB),
  'Gen. Gen. Gen.': 'Gen. '.repeat(MB / 5),
  'month names': 'May '.repeat(MB / 4),
  'one unbroken line': 'the talks of General Gerasimov in Baku on Feb. 16, 2017, and '.repeat(MB / 62),
  'lines of ever new names': newPeople(MB),
  'lines of new people of one family name': newPeople(MB, 'Smith'),
};

describe('analyze on a megabyte of degenerate input', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`stays linear on ${name}`, () => {
      const started = performance.now();
      const analysis = analyze(text);
      expect(performance.now() - started).toBeLessThan(GENEROUS_MS);
      for (const m of analysis.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      // No mention swallows a whole line of capitals.
      expect(Math.max(0, ...analysis.mentions.map((m) => m.end - m.start))).toBeLessThan(500);
    });
  }
});
