import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// `analyze` over random and adversarial text: whatever comes in, the mentions that come out
// point into the text, say what they point at, are sorted and never overlap, and nothing throws.
// CI runs a few hundred cases; SEEDLENS_PROPERTY_RUNS=100000 is the nightly size.
const RUNS = Number(process.env.SEEDLENS_PROPERTY_RUNS ?? 300);

// Pieces that steer the extractor into its less travelled paths: titles, abbreviations,
// acronyms, particles, possessives, dates, front matter and section markers, odd whitespace.
const PIECES = [
  'Gen.', 'Gen. Valery Gerasimov', 'U.S.', 'U. S.', 'al-Assad', 'Dunford’s', "Putin's", 'Dunford-Gerasimov',
  'Secretary of State', 'Joint Chiefs of Staff', 'the', 'of', 'May', 'March', 'Dec. 18, 2019', '2017', 'the 1980s',
  'late 2014', 'last month', 'Thursday', 'the summer of 2018', '---\n', 'date: 2019-06-01\n', 'Source: Reuters\n',
  '\n', '\r\n', '\t', '\u00a0', '\u2028', '.', ',', '(', ')', '"', '’', '-', '—', '…', 'ISIS', '(ISIS)', 'NATO-like',
  'Baku', 'Azerbaijan', 'Idlib', 'Middle East', 'X', 'é', '\u0301', '😀', '\ud800', '\uFEFF', 'constructor', '__proto__',
];

const articleLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.constant(' ')), { maxLength: 80 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(articleLike, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-composite', maxLength: 200 }));

function checkInvariants(text: string, dct: string | null): void {
  const analysis = analyze(text, { dct });
  const body = analysis.source.text;
  expect(text.endsWith(body)).toBe(true);
  let lastEnd = 0;
  for (const m of analysis.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(body.length);
    expect(body.slice(m.start, m.end)).toBe(m.text);
    lastEnd = m.end;
  }
  const ids = new Set(analysis.entities.map((e) => e.id));
  for (const m of analysis.mentions) expect(ids.has(m.entityId)).toBe(true);
}

describe('analyze on random and adversarial text', () => {
  it('keeps every mention in bounds, faithful, sorted and disjoint', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(null, '2019-06-01', 'not a date'), (text, dct) => checkInvariants(text, dct)),
      { numRuns: RUNS },
    );
  });
});
