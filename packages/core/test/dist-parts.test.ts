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

describe.skipIf(!existsSync(dist))('the built package and yaml', () => {
  it('loads yaml only when front matter needs it', () => {
    const yamlLoaded = () => Object.keys(require.cache).some((key) => /node_modules[/\\]yaml[/\\]/.test(key));
    const core = require(dist) as typeof import('../src/index.js');
    core.analyze('---\ntitle: Talks in Baku\ndate: 2017-02-16\n---\nGen. Valery Gerasimov met Joe Dunford.');
    expect(yamlLoaded()).toBe(false);
    // A list is beyond the flat reader: yaml reads it.
    const analysis = core.analyze('---\ntags: [army, talks]\ndate: 2017-02-16\n---\nGen. Valery Gerasimov met Joe Dunford in Baku on Thursday.');
    expect(yamlLoaded()).toBe(true);
    expect(analysis.dct).toBe('2017-02-16');
    expect(analysis.mentions.find((m) => m.type === 'date')?.value).toBe('2017-02-16');
  });
});
