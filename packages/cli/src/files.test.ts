import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, type PathItem } from './files.js';

async function collect(paths: string[]): Promise<PathItem[]> {
  const items: PathItem[] = [];
  for await (const item of expandPaths(paths)) items.push(item);
  return items;
}

describe('expandPaths', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'seedlens-files-'));
    const files = ['b.txt', 'a.txt', 'notes.md', 'sub/c.txt', 'sub/deeper/d.txt', 'node_modules/x.txt', '.git/y.txt', 'Z.txt'];
    for (const f of files) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), 'text');
    }
    mkdirSync(join(root, 'empty'));
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'e.txt'), 'text');
    symlinkSync(join(root, 'elsewhere'), join(root, 'sub', 'linked-dir'));
    symlinkSync(join(root, 'a.txt'), join(root, 'sub', 'linked-file.txt'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks folders recursively, sorted, skipping node_modules, dot-folders and linked folders', async () => {
    const items = await collect([join(root, 'sub')]);
    expect(items).toEqual([
      { file: join(root, 'sub', 'c.txt') },
      { file: join(root, 'sub', 'deeper', 'd.txt') },
      { file: join(root, 'sub', 'linked-file.txt') },
    ]);
    const all = (await collect([root])).map((i) => ('file' in i ? i.file.slice(root.length + 1) : i));
    expect(all).toEqual([
      'Z.txt',
      'a.txt',
      'b.txt',
      'elsewhere/e.txt',
      'sub/c.txt',
      'sub/deeper/d.txt',
      // sub/linked-file.txt points at a.txt, already listed
    ]);
  });

  it('joins onto the path as written', async () => {
    const items = await collect([`${join(root, 'sub', 'deeper')}/`]);
    expect(items).toEqual([{ file: join(root, 'sub', 'deeper', 'd.txt') }]);
  });

  it('takes named files whatever their extension, in the order given, once', async () => {
    const items = await collect([join(root, 'notes.md'), join(root, 'b.txt'), join(root, 'notes.md')]);
    expect(items).toEqual([{ file: join(root, 'notes.md') }, { file: join(root, 'b.txt') }]);
  });

  it('reports missing paths and folders without text files, and goes on', async () => {
    const items = await collect([join(root, 'missing'), join(root, 'empty'), join(root, 'b.txt')]);
    expect(items).toEqual([
      { path: join(root, 'missing'), error: 'no such file or folder' },
      { path: join(root, 'empty'), error: 'no .txt files in this folder' },
      { file: join(root, 'b.txt') },
    ]);
  });
});
