import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexableRoots, refusedRoot } from './workspace-roots.js';

describe('workspace folders that are not indexed', () => {
  const base = mkdtempSync(join(tmpdir(), 'seedlens-roots-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const root = parse(base).root;

  it('refuses the root of the file system and the home folder, saying why', () => {
    expect(refusedRoot(root)).toMatch(/^seedlens: not indexing the workspace folder .*: it is the root of the file system\. Open the folder that holds your articles instead\.$/);
    expect(refusedRoot(homedir())).toMatch(/it is your home folder\./);
    expect(refusedRoot(base, base)).toMatch(/it is your home folder\./);
    expect(refusedRoot(join(base, 'news'), base)).toBeUndefined();
    expect(refusedRoot(join(homedir(), 'news'))).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('knows them under another name: a link, a trailing slash', () => {
    symlinkSync(base, join(base, 'home-link'));
    expect(refusedRoot(join(base, 'home-link'), base)).toMatch(/home folder/);
    expect(refusedRoot(`${base}/`, base)).toMatch(/home folder/);
    expect(refusedRoot('/tmp/..')).toMatch(/root of the file system/);
  });

  it('keeps the other folders, and tells each refused one once', () => {
    const warnings: string[] = [];
    const warned = new Set<string>();
    const news = join(base, 'news');
    expect(indexableRoots([root, news], (m) => warnings.push(m), warned, base)).toEqual([news]);
    expect(indexableRoots([root, news, base], (m) => warnings.push(m), warned, base)).toEqual([news]);
    expect(warnings.map((w) => w.replace(/.*: it is /, ''))).toEqual([
      'the root of the file system. Open the folder that holds your articles instead.',
      'your home folder. Open the folder that holds your articles instead.',
    ]);
  });
});
