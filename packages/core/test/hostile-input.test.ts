import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// No pattern may be slower than linear: a megabyte of each degenerate input is analysed in
// well under a second on a quiet machine (the exact figures belong in a benchmark). The bound
// here is generous so that a loaded CI machine does not fail it, yet a quadratic pattern,
// which takes minutes on a megabyte, cannot pass.
const MB = 1_000_000;
const GENEROUS_MS = 15_000;
const CASES: Record<string, string> = {
  'capitals': 'A'.repeat(MB),
  'capitalized words': 'Abc '.repeat(MB / 4),
  'dots': '.'.repeat(MB),
  'digits': '1'.repeat(MB),
  'Gen. Gen. Gen.': 'Gen. '.repeat(MB / 5),
  'month names': 'May '.repeat(MB / 4),
  'one unbroken line': 'the talks of General Gerasimov in Baku on Feb. 16, 2017, and '.repeat(MB / 62),
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
