import { analyze } from '@seedlens/core';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from './analysis-record.js';
import type { AsideRef } from './snapshot-format.js';
import { StoredArticle, type TextSpooler } from './stored-article.js';
import { headerArticle, seeds } from '../../test/seed-texts.js';

describe('StoredArticle', () => {
  it('gives back the analysis it holds', () => {
    const analysis = analyze(headerArticle);
    const stored = StoredArticle.holding(analysis);
    expect(stored.analysis()).toBe(analysis);
    expect(stored.mentions()).toBe(analysis.mentions);
    expect(stored.text()).toBe(headerArticle);
  });

  it('rebuilds an analysis kept as a record, the same object while it is held', () => {
    const text = seeds[0]!;
    const analysis = analyze(text);
    const stored = StoredArticle.fromRecord(encodeRecord(analysis), text);
    expect(stored.text()).toBe(text);
    const rebuilt = stored.analysis();
    expect(rebuilt).toEqual(analysis);
    expect(stored.analysis()).toBe(rebuilt);
    expect(stored.mentions()).toBe(rebuilt.mentions);
  });

  it('tells the article\'s own date and where it was found, from a record without rebuilding it', () => {
    const analysis = analyze(headerArticle);
    expect(analysis.dct).not.toBeNull();
    const expected = { dct: analysis.dct, dctSource: analysis.dctSource, dctConfidence: analysis.dctConfidence };
    expect(StoredArticle.holding(analysis).date()).toEqual(expected);
    const stored = StoredArticle.fromRecord(encodeRecord(analysis), headerArticle);
    expect(stored.date()).toEqual(expected);
    const undated = StoredArticle.fromRecord(encodeRecord(analyze('Talks\nThey met.\n')), 'Talks\nThey met.\n');
    expect(undated.date()).toEqual({ dct: null, dctSource: null, dctConfidence: 0 });
  });

  it('keeps a text UTF-8 cannot hold (a lone surrogate) as it is', () => {
    const text = `${headerArticle}\ud800 and more.`;
    const stored = StoredArticle.fromRecord(encodeRecord(analyze(text)), text);
    expect(stored.text()).toBe(text);
    expect(stored.analysis()).toEqual(analyze(text));
  });

  it('keeps its own copy of a record that is a view of a larger buffer', () => {
    const record = encodeRecord(analyze(headerArticle));
    const pack = new Uint8Array(record.bytes.length + 100);
    pack.set(record.bytes, 50);
    const view = { strings: record.strings, bytes: pack.subarray(50, 50 + record.bytes.length) };
    const stored = StoredArticle.fromRecord(view, headerArticle);
    pack.fill(0);
    expect(stored.analysis()).toEqual(analyze(headerArticle));
  });

  it('keeps its text and its record where a spool says, and reads them back from there when asked', () => {
    const runs: Uint8Array[] = [];
    const spool: TextSpooler & { read(at: number, length: number): Uint8Array } = {
      put(packed) {
        runs.push(new Uint8Array(packed));
        return { from: spool, at: runs.length - 1, length: packed.length };
      },
      read: (at) => runs[at]!,
    };
    const analysis = analyze(headerArticle);
    const stored = StoredArticle.fromRecord(encodeRecord(analysis), headerArticle, undefined, { spool });
    expect(runs).toHaveLength(2);
    expect(stored.text()).toBe(headerArticle);
    expect(stored.analysis()).toEqual(analysis);
  });

  it('keeps its text and record itself when the spool cannot take them', () => {
    const full: TextSpooler = { put: (): AsideRef | undefined => undefined };
    const stored = StoredArticle.fromRecord(encodeRecord(analyze(headerArticle)), headerArticle, undefined, { spool: full });
    expect(stored.text()).toBe(headerArticle);
  });
});
