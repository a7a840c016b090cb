import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built package (turbo builds before testing; alone: `npx tsup`): its data ships in
// dist/generated/ as parts that are read on first use and then leave Node's module cache.
const dist = join(__dirname, '..', 'dist', 'index.cjs');
const require = createRequire(__filename);
const partsInCache = () => Object.keys(require.cache).filter((key) => key.includes(`${join('dist', 'generated')}`));

describe.skipIf(!existsSync(dist))('the built data parts', () => {
  it('are read only when a text is analysed, and are not kept in the module cache after', () => {
    const core = require(dist) as typeof import('../src/index.js');
    expect(partsInCache()).toEqual([]);
    const analysis = core.analyze('Gen. Valery Gerasimov visited Baku on Feb. 16, 2017.');
    expect(analysis.mentions.map((m) => m.text)).toEqual(['Valery Gerasimov', 'Baku', 'Feb. 16, 2017']);
    expect(partsInCache()).toEqual([]);
    const parent = require.cache[require.resolve(dist)]!;
    expect(parent.children.some((child) => child.id.includes(join('dist', 'generated')))).toBe(false);
  });
});

describe.skipIf(!existsSync(dist))('the built package', () => {
  it("loads chrono-node's English parsers and no other locale's", () => {
    const core = require(dist) as typeof import('../src/index.js');
    expect(core.analyze('They met on Thursday, Feb. 16, 2017, in Baku.').mentions.map((m) => m.text)).toEqual(['Thursday, Feb. 16, 2017', 'Baku']);
    const locales = new Set(
      Object.keys(require.cache)
        .map((key) => /chrono-node[/\\]dist[/\\]cjs[/\\]locales[/\\]([^/\\]+)/.exec(key)?.[1])
        .filter((locale) => locale !== undefined),
    );
    expect([...locales]).toEqual(['en']);
  });
});
