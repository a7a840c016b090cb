import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { WHOLE_TEXT_CHARS } from './segment/text-windows.js';

describe('analyze', () => {
  it('returns mentions sorted, never overlapping, with text equal to the slice', () => {
    const text = 'Gen. Valery Gerasimov met Army Gen. Mark A. Milley in Bern, Switzerland, on Dec. 18, 2019.';
    const { mentions } = analyze(text);
    for (const [i, m] of mentions.entries()) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
    expect(mentions.map((m) => [m.text, m.type, m.kind ?? m.value, m.role])).toEqual([
      ['Valery Gerasimov', 'actor', 'person', 'Gen.'],
      ['Mark A. Milley', 'actor', 'person', 'Army Gen.'],
      ['Bern', 'place', 'city', undefined],
      ['Switzerland', 'place', 'country', undefined],
      ['Dec. 18, 2019', 'date', '2019-12-18', undefined],
    ]);
  });

  it('gives offsets into the text without its byte-order mark', () => {
    const { mentions, source } = analyze('\uFEFFTalks in Baku.\r\nMore talks in Moscow.');
    expect(source.hadBom).toBe(true);
    expect(mentions.map((m) => [m.start, m.text])).toEqual([[9, 'Baku'], [30, 'Moscow']]);
  });

  it('resolves relative dates against the front matter date, and the dct option over it', () => {
    const text = '---\ndate: 2021-09-10\n---\nLast month the talks stalled.';
    expect(analyze(text).dct).toBe('2021-09-10');
    expect(analyze(text).mentions.find((m) => m.type === 'date')?.value).toBe('2021-08');
    expect(analyze(text, { dct: '2020-01-15' }).mentions.find((m) => m.type === 'date')?.value).toBe('2019-12');
    expect(analyze('Last month the talks stalled.').mentions[0]?.value).toBe('PAST_REF');
  });

  it('finds nothing in site furniture or front matter', () => {
    const text = '---\ntitle: Moscow\n---\nNews from Baku.\nThe post News from Baku appeared first on The Duran.\n';
    expect(analyze(text).mentions.map((m) => m.text)).toEqual(['Baku']);
  });

  it('copes with empty and odd input', () => {
    expect(analyze('').mentions).toEqual([]);
    expect(analyze('\u0000\u0001 ... --- ').mentions).toEqual([]);
    expect(() => analyze('Gen. '.repeat(20000))).not.toThrow();
  });
});

describe('analyze on a text longer than any article', () => {
  it('reads it in pieces, finding every mention and linking them across pieces', () => {
    const line = 'Gen. Valery Gerasimov met Joe Dunford in Baku on 16 Feb. 2017.\n';
    const lines = Math.ceil(WHOLE_TEXT_CHARS / line.length) + 1;
    const analysis = analyze(line.repeat(lines), { dct: 'none' });
    expect(analysis.mentions.length).toBe(4 * lines);
    expect(new Set(analysis.mentions.map((m) => m.text))).toEqual(new Set(['Valery Gerasimov', 'Joe Dunford', 'Baku', '16 Feb. 2017']));
    expect(analysis.entities.map((e) => e.id).sort()).toEqual(['date:2017-02-16', 'person:joe-dunford', 'person:valery-gerasimov', 'place:baku']);
    expect(analysis.mentions.filter((m) => m.text === 'Valery Gerasimov').every((m) => m.role === 'Gen.')).toBe(true);
  });
});

describe('analyze on words that are JavaScript property names', () => {
  it('finds no place or nationality in "constructor" or "toString"', () => {
    const { mentions } = analyze('The Constructor met toString and HasOwnProperty near __proto__ in Baku.');
    expect(mentions.filter((m) => m.type === 'place').map((m) => m.text)).toEqual(['Baku']);
    expect(mentions.every((m) => typeof m.entityId === 'string' && !m.entityId.includes('undefined'))).toBe(true);
  });

  it('gives the same analysis whatever the process analyzed before', () => {
    // Word codes, memo tables, the tagger's remembered sums and scratch buffers are shared by every
    // call: none of them may change an answer.
    const seeds = join(__dirname, '..', '..', '..', 'seeds');
    const texts = [
      ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seeds, f), 'utf8')),
      'BEIRUT, Lebanon (AP) — Hezbollah said on Monday that Nasrallah would speak. The Syrian Democratic Forces did not.',
      'Zorbin met Quillon in Trask on Tuesday. Zorbin said the talks with the Varnet Group went well.',
    ];
    const first = texts.map((t) => JSON.stringify(analyze(t)));
    let churn = '';
    for (let i = 0; i < 2000; i++) churn += `Officer Kel${i.toString(36)}mar of the Vo${i.toString(36)}ren Council met Ul${i.toString(36)}sk in Bal${i.toString(36)}ad. `;
    analyze(churn);
    const again = [...texts].reverse().map((t) => JSON.stringify(analyze(t))).reverse();
    expect(again).toEqual(first);
  });
});
