import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { marked } from './marked.js';

const PLACE_KINDS = new Set(['country', 'city', 'region', 'water', 'continent', 'other']);
const typed = (label: string) => (PLACE_KINDS.has(label) ? 'place' : label);

/** Exact typed F1 of analyze's actors and places on the articles of fixtures/wire/`file`. */
function scoreOf(file: string): number {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const source of readFileSync(join(__dirname, 'fixtures', 'wire', file), 'utf8').split('\n###\n')) {
    const { text, spans } = marked(source);
    const want = new Set(spans.map((s) => `${s.start}:${s.end}:${typed(s.label)}`));
    const found = analyze(text).mentions.filter((m) => m.type !== 'date').map((m) => `${m.start}:${m.end}:${m.type === 'place' ? 'place' : m.kind}`);
    tp += found.filter((k) => want.has(k)).length;
    predicted += found.length;
    gold += want.size;
  }
  return (2 * tp) / (predicted + gold);
}

describe('wire probes (fixtures/wire: written here, a development set)', () => {
  it.each([
    ['wire-articles.txt', 0.9],
    ['title-case-headlines.txt', 0.8],
    ['lone-surnames.txt', 0.65],
  ])('%s scores at least %s exact typed F1', (file, floor) => {
    expect(scoreOf(file)).toBeGreaterThanOrEqual(floor);
  });
});
