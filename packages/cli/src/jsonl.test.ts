import { analyze } from '@seedlens/core';
import { describe, expect, it } from 'vitest';
import { printableJson } from './printable.js';
import { formatJsonl, jsonlPieces, toJsonlRecord } from './jsonl.js';
import { sampleAnalysis } from './test-fixtures.js';

describe('jsonl', () => {
  it('maps mentions to entities sorted by start, keys in order, undefined keys left out', () => {
    const record = toJsonlRecord('seeds/a.txt', sampleAnalysis());
    expect(Object.keys(record)).toEqual(['file', 'dct', 'dctSource', 'dctConfidence', 'entities']);
    expect(record.entities.map((e) => e.start)).toEqual([...record.entities.map((e) => e.start)].sort((a, b) => a - b));
    expect(record.entities[0]).toEqual({
      start: 5,
      end: 21,
      text: 'Valery Gerasimov',
      type: 'actor',
      kind: 'person',
      id: 'person:valery-gerasimov',
      role: 'Gen.',
    });
    expect(Object.keys(record.entities[0]!)).toEqual(['start', 'end', 'text', 'type', 'kind', 'id', 'role']);
    const year = record.entities.find((e) => e.text === '2017')!;
    expect(Object.keys(year)).toEqual(['start', 'end', 'text', 'type', 'id', 'value', 'mod']);
  });

  it('writes exactly one line of JSON', () => {
    const line = formatJsonl('seeds/a.txt', sampleAnalysis());
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(line.startsWith('{"file":"seeds/a.txt","dct":null,"dctSource":null,"dctConfidence":0,"entities":[{"start":5,"end":21,"text":"Valery Gerasimov"')).toBe(
      true,
    );
  });

  it('writes a long line in pieces that join to the record’s JSON', () => {
    const text = 'Gen. Valery Gerasimov met Joe Dunford in Baku on 16 Feb. 2017.\n'.repeat(300);
    for (const analysis of [analyze(text), analyze('')]) {
      const pieces = [...jsonlPieces('a.txt', analysis)];
      expect(pieces.join('')).toBe(`${printableJson(toJsonlRecord('a.txt', analysis))}\n`);
      if (analysis.mentions.length > 1000) expect(pieces.length).toBeGreaterThan(3);
    }
  });

  it('writes the pieces of an analysis whose mentions are out of order sorted, as the record is', () => {
    const analysis = sampleAnalysis();
    const shuffled = { ...analysis, mentions: [...analysis.mentions].reverse() };
    expect([...jsonlPieces('a.txt', shuffled)].join('')).toBe(`${printableJson(toJsonlRecord('a.txt', analysis))}\n`);
  });

  it('keeps the analyzer’s DCT and offsets that slice the text', () => {
    const text = '\uFEFFOn Monday, 3 March 2014, officials met.\r\nThey met again in 2015.\n';
    const analysis = analyze(text, { dct: '2014-03-05' });
    const record = toJsonlRecord('x.txt', analysis);
    expect(record.dct).toBe('2014-03-05');
    for (const e of record.entities) expect(text.slice(1).slice(e.start, e.end)).toBe(e.text);
  });

  it('says where the date came from and how sure it is', () => {
    const record = (text: string, options = {}) => {
      const { dct, dctSource, dctConfidence } = toJsonlRecord('a.txt', analyze(text, options));
      return { dct, dctSource, dctConfidence };
    };
    expect(record('Talks\nPublished: 18 December 2019\nThey met.')).toEqual({ dct: '2019-12-18', dctSource: 'header', dctConfidence: 0.95 });
    expect(record('Talks\nThey met.', { path: 'news/2019-12-18-talks.txt' })).toMatchObject({ dct: '2019-12-18', dctSource: 'file-name' });
    expect(record('Talks\nPublished: 18 December 2019\nThey met.', { dct: '2020-01-01' })).toEqual({ dct: '2020-01-01', dctSource: 'option', dctConfidence: 1 });
    expect(record('Talks\nPublished: 18 December 2019\nThey met.', { dct: 'none' })).toEqual({ dct: null, dctSource: null, dctConfidence: 0 });
  });

  it('gives a known place its coordinates and gazetteer id, and an unknown one none', () => {
    const record = toJsonlRecord('a.txt', analyze('The generals met in Baku, then near Zorbinsk Valley.', { dct: 'none' }));
    const baku = record.entities.find((e) => e.text === 'Baku')!;
    expect(baku).toMatchObject({ type: 'place', kind: 'city', id: 'place:baku', gazetteerId: 'geonames:587084' });
    expect(baku.coordinates![0]).toBeCloseTo(49.89, 1);
    expect(baku.coordinates![1]).toBeCloseTo(40.38, 1);
    expect(Object.keys(baku).slice(-2)).toEqual(['coordinates', 'gazetteerId']);
    for (const e of record.entities.filter((x) => x.text !== 'Baku')) expect(e.coordinates).toBeUndefined();
  });
});
