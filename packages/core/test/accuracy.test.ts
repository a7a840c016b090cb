import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { scoreSeeds, type GoldDoc } from './seed-score.js';

// Thresholds only rise. The bars: overlap F1 ≥ 0.90 per type, exact F1 ≥ 0.85
// overall, date value accuracy ≥ 0.85, within-article linking F1 ≥ 0.90.
const BARS = {
  actor: 0.95,
  place: 0.975,
  date: 0.98,
  exactOverall: 0.96,
  dateValue: 0.98,
  linking: 0.985,
};

const root = join(__dirname, '..', '..', '..');
const gold: GoldDoc[] = readFileSync(join(__dirname, 'fixtures', 'seeds.gold.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldDoc);

describe('accuracy on the seed articles (gold/seeds.jsonl, no DCT)', () => {
  // The gold was annotated with no DCT: the seeds are analysed with none (`dct: 'none'`), as before articles had found dates.
  const docs = gold.map((g) => ({ gold: g, mentions: analyze(readFileSync(join(root, 'seeds', basename(g.file)), 'utf8'), { dct: 'none' }).mentions }));
  const scores = scoreSeeds(docs);
  if (process.env.SEEDLENS_SCORES) console.log(JSON.stringify(scores));

  it('finds actors, places and dates (overlap F1 per type)', () => {
    expect(scores.overlap.actor.f1).toBeGreaterThanOrEqual(BARS.actor);
    expect(scores.overlap.place.f1).toBeGreaterThanOrEqual(BARS.place);
    expect(scores.overlap.date.f1).toBeGreaterThanOrEqual(BARS.date);
  });

  it('gets spans exactly right', () => {
    expect(scores.exactOverall.f1).toBeGreaterThanOrEqual(BARS.exactOverall);
  });

  it('normalizes dates to the gold TIMEX3 values', () => {
    expect(scores.dateValueAccuracy).toBeGreaterThanOrEqual(BARS.dateValue);
  });

  it('links mentions of one entity within each article', () => {
    expect(scores.withinDocLinking.f1).toBeGreaterThanOrEqual(BARS.linking);
  });
});
