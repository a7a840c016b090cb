import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const seed = (name: string) => {
  const path = join('seeds', `${name}.txt`);
  return analyze(readFileSync(join(__dirname, '..', '..', '..', path), 'utf8'), { path });
};

/*
 * The dates found for the five seed articles, with the evidence for each. None has a date in its
 * file name or a header line; only 004 writes a full date in its opening paragraphs.
 */
describe('the seed articles’ dates', () => {
  it('000: "took place today", "back in October", "throughout 2016": no full date, so none', () => {
    expect(seed('000_30df4f1c3cbc473d')).toMatchObject({ dct: null, dctSource: null, dctConfidence: 0 });
  });

  it('001: "in Baku, Azerbaijan on Thursday", "since January 2014": no full date, so none', () => {
    expect(seed('001_7637d0e0c950d220')).toMatchObject({ dct: null, dctSource: null });
  });

  it('002: "on September 23", "Aug. 23", "May 2021": no day with its year, so none', () => {
    expect(seed('002_6876fe40a775dea6')).toMatchObject({ dct: null, dctSource: null });
  });

  it('003: a digest whose "Published on Sep 25, 2015" heads a later article, not the first: none', () => {
    expect(seed('003_3e898528250441a4')).toMatchObject({ dct: null, dctSource: null });
  });

  it('004: the photo caption’s "Dec. 18, 2019" in the opening, which "Today\'s meeting" agrees with', () => {
    const a = seed('004_04c9beb14c826aeb');
    expect(a).toMatchObject({ dct: '2019-12-18', dctSource: 'text', dctEvidence: { text: 'Dec. 18, 2019', agreeing: ['Today'] } });
    expect(a.source.text.slice(a.dctEvidence!.start, a.dctEvidence!.end)).toBe('Dec. 18, 2019');
    expect(a.dctConfidence).toBeGreaterThan(0.5);
    // Resolved against it: "Today's meeting", Milley took office "in October", "On Dec. 16".
    const values = Object.fromEntries(a.mentions.filter((m) => m.type === 'date').map((m) => [m.text, m.value]));
    expect(values).toMatchObject({ Today: '2019-12-18', October: '2019-10', 'Dec. 16': '2019-12-16', July: '2019-07' });
  });

  it("with dct 'none', as the gold was annotated, 004 keeps its unknown parts", () => {
    const a = analyze(readFileSync(join(__dirname, '..', '..', '..', 'seeds', '004_04c9beb14c826aeb.txt'), 'utf8'), { dct: 'none' });
    expect(a.dct).toBeNull();
    expect(a.mentions.find((m) => m.text === 'Today')?.value).toBe('PRESENT_REF');
  });
});
