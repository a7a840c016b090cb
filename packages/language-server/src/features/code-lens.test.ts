import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands.js';
import { ARTICLES, fixture, uriOf } from '../test-fixtures.js';
import { codeLenses } from './code-lens.js';

const f = fixture({ '000_9f2c': ARTICLES['a']!, '001_77aa': ARTICLES['b']!, '002_1b0e': ARTICLES['c']!, '003_c4d1': ARTICLES['d']! });

describe('codeLenses', () => {
  it('puts the related articles at the top, best first, each opening its article', () => {
    const lenses = codeLenses(f.view, uriOf('001_77aa'), { limit: 5 })!;
    const related = f.corpus.related(uriOf('001_77aa'), { limit: 5 });
    expect(related.length).toBeGreaterThan(1);
    expect(lenses.map((l) => l.command!.arguments)).toEqual(related.map((r) => [r.uri]));
    expect(lenses.every((l) => l.command!.command === COMMANDS.openRelated)).toBe(true);
    expect(lenses.every((l) => l.range.start.line === 0 && l.range.end.line === 0)).toBe(true);
    const labels = lenses.map((l) => l.command!.title);
    expect(labels[0]).toMatch(/^Related: 00[0-3]$/);
    expect(labels.slice(1).every((label) => /^00[0-3]$/.test(label))).toBe(true);
  });

  it('explains each lens with the article title and shared entities', () => {
    const [lens] = codeLenses(f.view, uriOf('001_77aa'))!;
    expect(lens!.command!.tooltip).toMatch(/shares .*Gerasimov/);
  });

  it('shows nothing for an article that shares nothing, and null for an unknown one', () => {
    const lone = fixture({ x: 'Rain fell on Paris on Tuesday.', y: 'Gen. Valery Gerasimov spoke in Baku.' });
    expect(codeLenses(lone.view, uriOf('x'))).toEqual([]);
    expect(codeLenses(f.view, uriOf('nope'))).toBeNull();
  });

  it('honours the limit', () => {
    expect(codeLenses(f.view, uriOf('001_77aa'), { limit: 1 })).toHaveLength(1);
  });
});
