import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The corpus commands end to end: the built CLI on the repository's seeds/, as a user runs it.
const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');
const root = join(here, '..', '..', '..');

let cache: string;
function run(...args: string[]) {
  const env = { ...process.env, NO_COLOR: '1', SEEDLENS_CACHE_DIR: cache };
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env });
}
function json(...args: string[]) {
  const result = run(...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}
const files = (list: { file: string }[]) => list.map((r) => r.file);
/** `seeds/001_…txt` from its number: the seed files carry a hash after it. */
const seed = (n: string) => `seeds/${readdirSync(join(root, 'seeds')).find((f) => f.startsWith(`${n}_`))}`;

describe('corpus commands on seeds/', () => {
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
    cache = mkdtempSync(join(tmpdir(), 'seedlens-cli-cache-'));
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('ranks the two reports of the Baku meeting first for each other', () => {
    expect(files(json('related', seed('001'), 'seeds').related)[0]).toBe(seed('000'));
    expect(files(json('related', seed('000'), 'seeds').related)[0]).toBe(seed('001'));
  });

  it('does not let the long digest win by length', () => {
    const ranked = files(json('related', seed('004'), 'seeds').related);
    for (const f of [seed('000'), seed('001'), seed('002')]) expect(ranked.indexOf(f)).toBeLessThan(ranked.indexOf(seed('003')));
  });

  it('explains each related article by the entities it shares', () => {
    const [first] = json('related', seed('001')).related;
    expect(first.shared.map((s: { name: string }) => s.name)).toContain('Valery Gerasimov');
    expect(first.score).toBeGreaterThan(0);
  });

  it('answers a field query', () => {
    expect(files(json('query', 'actor:gerasimov place:baku', 'seeds').results).sort()).toEqual([seed('000'), seed('001'), seed('004')]);
  });

  it('points at the offending character of a malformed query', () => {
    const result = run('query', 'actor:gerasimov "hot line', 'seeds');
    expect(result.status).toBe(2);
    const [message, echo, caret] = result.stderr.split('\n');
    expect(message).toMatch(/^seedlens: .*character \d+/);
    expect(echo!.trim()).toBe('actor:gerasimov "hot line');
    expect(caret!.indexOf('^') - 2).toBe('actor:gerasimov '.length);
  });

  it('refuses a query nested too deeply with the caret message, instead of overflowing the stack', () => {
    for (const query of [`${'('.repeat(3000)}x${')'.repeat(3000)}`, `${'-'.repeat(100_000)}x`]) {
      const result = run('query', '--', query, 'seeds');
      expect(result.status).toBe(2);
      const [message, echo, caret] = result.stderr.split('\n');
      expect(message).toBe('seedlens: query nested too deeply (at most 100 levels of parentheses and "-") at character 101');
      expect(echo!.trim()).toBe(query);
      expect(caret!.indexOf('^') - 2).toBe(100);
    }
  });

  it('reads -place:syria as a query, and a mistyped path given to timeline as a missing path', () => {
    // Every seed mentions Syria; not all of them Moscow.
    expect(json('query', '-place:syria', 'seeds').results).toEqual([]);
    const moscow = files(json('query', 'place:moscow', 'seeds').results);
    const all = readdirSync(join(root, 'seeds')).map((f) => `seeds/${f}`);
    expect(files(json('query', '-place:moscow', 'seeds').results).sort()).toEqual(all.filter((f) => !moscow.includes(f)).sort());
    expect(moscow.length).toBeGreaterThan(0);
    const typo = run('timeline', 'seeds/typo');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toBe('seedlens: seeds/typo: no such file or folder\n');
  });

  it('puts an actor\'s dated mentions in calendar order', () => {
    const { entries } = json('timeline', '--actor', 'gerasimov', 'seeds');
    expect(entries.length).toBeGreaterThan(3);
    const keys = entries.map((e: { sortKey: string }) => e.sortKey);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(entries.map((e: { file: string }) => e.file)).size).toBeGreaterThan(1);
  });

  it('lists entities joined across articles', () => {
    const { entities } = json('entities', 'seeds', '--type', 'actor');
    const gerasimov = entities.find((e: { name: string }) => /Gerasimov/.test(e.name));
    expect(gerasimov).toMatchObject({ type: 'actor', kind: 'person', articleCount: 4 });
    expect(entities.every((e: { type: string }) => e.type === 'actor')).toBe(true);
  });

  it('gives the places it knows their coordinates', () => {
    const { entities } = json('entities', 'seeds', '--type', 'place');
    expect(entities.find((e: { name: string }) => e.name === 'Bern')).toMatchObject({ coordinates: [7.45, 46.95], gazetteerId: 'geonames:2661552' });
    expect(entities.find((e: { name: string }) => e.name === 'Black Sea').coordinates).toBeUndefined();
  });

  it('reports the corpus readably and as JSON, and fills the cache outside the articles', () => {
    const plain = run('report', 'seeds');
    expect(plain.status).toBe(0);
    for (const heading of ['Main actors', 'Main places', 'Main dates', 'Timeline', 'Related articles']) expect(plain.stdout).toContain(heading);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const report = json('report', 'seeds');
    expect(report.articles).toHaveLength(5);
    expect(report.related.find((r: { file: string }) => r.file === seed('001')).related[0].file).toBe(seed('000'));
    expect(readdirSync(cache).length).toBeGreaterThan(0);
    expect(readdirSync(join(root, 'seeds')).every((f) => f.endsWith('.txt'))).toBe(true);
  });

  it('lists each article with its date and where it was found, and says which date after: and before: compare', () => {
    const articles = json('report', 'seeds').articles as Array<{ file: string; dct: string | null; dctSource: string | null }>;
    expect(articles.map((a) => [a.file, a.dct, a.dctSource])).toEqual([
      [seed('000'), null, null],
      [seed('001'), null, null],
      [seed('002'), null, null],
      [seed('003'), null, null],
      [seed('004'), '2019-12-18', 'text'],
    ]);
    const line = run('report', 'seeds').stdout.split('\n').find((l) => l.includes(seed('004')))!;
    expect(line).toMatch(/2019-12-18 text/);
    // 004 is dated 2019: after:2019 finds it by its own date, not by the 2014–2017 it mentions.
    expect(files(json('query', 'after:2019-12', 'seeds').results)).toEqual(expect.arrayContaining([seed('004')]));
    expect(files(json('query', 'before:2018', 'seeds').results)).not.toContain(seed('004'));
    expect(run('query', '--help').stdout).toMatch(/after: and before: compare the article's\s+own date/);
  });

  it('says so when the file given to related is not an article', () => {
    const result = run('related', 'seeds/missing.txt', 'seeds');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/seeds\/missing\.txt/);
  });
});
