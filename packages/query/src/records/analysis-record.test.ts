import { analyze, type Analysis } from '@seedlens/core';
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, StringTable, transcodeRecord, VarintWriter } from './analysis-record.js';
import { headerArticle as article, seeds } from '../../test/seed-texts.js';


describe('encodeRecord / decodeRecord', () => {
  it('round-trips real analyses exactly, without storing the text', () => {
    for (const text of [article, ...seeds]) {
      const analysis = analyze(text);
      expect(analysis.mentions.length).toBeGreaterThan(0);
      const record = encodeRecord(analysis);
      expect(decodeRecord(record, text)).toEqual(analysis);
      const middle = text.slice(text.length / 2, text.length / 2 + 40);
      expect(record.strings.some((s) => s.includes(middle))).toBe(false);
    }
  });

  it('keeps fields it does not know, and mentions whose type, kind or text differ from their entity and span', () => {
    const analysis = analyze(article);
    const [first, second] = analysis.mentions;
    const changed: Analysis = {
      ...analysis,
      source: { ...analysis.source, extraSourceField: [1, 2] } as Analysis['source'],
      mentions: [
        { ...first!, type: 'place', kind: 'city', text: 'not the slice', confidence: 0.5 } as Analysis['mentions'][number],
        { ...second!, entityId: 'person:nobody-in-entities' },
        ...analysis.mentions.slice(2),
      ],
      entities: analysis.entities.map((e, i) => (i === 0 ? { ...e, wikidata: 'Q1' } : e)),
    };
    (changed as unknown as Record<string, unknown>).language = 'en';
    expect(decodeRecord(encodeRecord(changed), article)).toEqual(changed);
  });

  it('gives undefined for a record that does not fit the text, or is damaged', () => {
    const record = encodeRecord(analyze(article));
    expect(decodeRecord(record, article.slice(0, 20))).toBeUndefined();
    expect(decodeRecord({ strings: record.strings, bytes: record.bytes.subarray(0, record.bytes.length - 3) }, article)).toBeUndefined();
    expect(decodeRecord({ strings: record.strings.slice(0, 3), bytes: record.bytes }, article)).toBeUndefined();
    expect(decodeRecord({ strings: [], bytes: new Uint8Array([0xff, 0xff, 0xff]) }, article)).toBeUndefined();
    const flipped = record.bytes.slice();
    for (let i = 0; i < flipped.length; i += 7) flipped[i] = 0xff - flipped[i]!;
    expect(() => decodeRecord({ strings: record.strings, bytes: flipped }, article)).not.toThrow();
  });
});

describe('transcodeRecord', () => {
  it('moves records onto one shared string table, decoding to the same analyses', () => {
    const texts = [article, ...seeds];
    const records = texts.map((text) => encodeRecord(analyze(text)));
    const table = new StringTable();
    const out = new VarintWriter();
    const spans = records.map((record) => {
      const start = out.length;
      transcodeRecord(record, table, out);
      return [start, out.length] as const;
    });
    const bytes = out.view();
    // Entity ids, types and names repeat across articles: the shared table holds each once.
    expect(table.strings.length).toBeLessThan(records.reduce((n, r) => n + r.strings.length, 0));
    spans.forEach(([start, end], i) => {
      expect(decodeRecord({ strings: table.strings, bytes: bytes.subarray(start, end) }, texts[i]!)).toEqual(analyze(texts[i]!));
    });
  });
});
