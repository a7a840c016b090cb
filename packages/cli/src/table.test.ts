import { describe, expect, it } from 'vitest';
import { entityRows, formatTable } from './table.js';
import { sampleAnalysis } from './test-fixtures.js';

describe('table', () => {
  it('groups mentions by entity, most mentioned first', () => {
    const rows = entityRows(sampleAnalysis());
    expect(rows.map((r) => [r.name, r.kind, r.count, r.detail])).toEqual([
      ['Valery Gerasimov', 'person', 2, 'Gen.'],
      ['Baku', 'city', 2, ''],
      ['Joe Dunford', 'person', 1, ''],
      ['Thursday', '', 1, 'XXXX-WXX-4'],
      ['2017', '', 1, '2017 (END)'],
    ]);
  });

  it('prints file, DCT and aligned groups, without colour unless asked', () => {
    const out = formatTable('seeds/a.txt', sampleAnalysis(), { color: false });
    expect(out).not.toContain('\u001b[');
    const lines = out.split('\n');
    expect(lines[0]).toBe('seeds/a.txt');
    expect(out).toContain('DCT unknown  ·  7 mentions: 3 actors, 2 places, 2 dates');
    const gerasimov = lines.find((l) => l.startsWith('  Valery Gerasimov'))!;
    const dunford = lines.find((l) => l.startsWith('  Joe Dunford'))!;
    expect(gerasimov.indexOf('person')).toBe(dunford.indexOf('person'));
    expect(gerasimov).toMatch(/person\s+2 {2}Gen\.$/);
    expect(formatTable('a', sampleAnalysis(), { color: true })).toContain('\u001b[1m');
  });
});
