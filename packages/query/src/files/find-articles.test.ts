import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { childPath, findArticles, PSEUDO_FILE_SYSTEM, type FoundArticles } from './find-articles.js';
import { readArticle } from './read-article.js';

let base: string;
let root: string;

/** Writes files under `root`, given as relative path → contents. */
function tree(files: Record<string, string>): void {
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
}

const at = (...parts: string[]) => join(root, ...parts);

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'seedlens-find-'));
  root = join(base, 'articles');
  mkdirSync(root);
});
afterEach(() => {
  chmodSync(base, 0o755);
  rmSync(base, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;
/** The user and group `nobody` on Linux (where CI runs the tests as root). */
const NOBODY = 65534;

/**
 * Searches `root` and reads `file` as a user to whom modes apply: this process, or, when it runs as
 * root (who reads every file whatever its mode), a child Node process running as nobody.
 */
async function searchAndRead(file: string): Promise<{ found: FoundArticles; read: ReturnType<typeof readArticle> }> {
  if (!isRoot) return { found: await findArticles([root]), read: readArticle(file, { roots: [root] }) };
  // This folder's TypeScript, bundled for the child and handed over on stdin: nothing is left behind.
  const script = buildSync({
    stdin: {
      contents: `
        import { findArticles } from './find-articles.ts';
        import { readArticle } from './read-article.ts';
        const [root, file] = ${JSON.stringify([root, file])};
        findArticles([root]).then((found) => process.stdout.write(JSON.stringify({ found, read: readArticle(file, { roots: [root] }) })));
      `,
      resolveDir: dirname(fileURLToPath(import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
  }).outputFiles[0]!.text;
  // mkdtemp makes a folder only its owner can enter.
  chmodSync(base, 0o755);
  const output = execFileSync(process.execPath, ['-'], { input: script, cwd: base, uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  return JSON.parse(output) as Awaited<ReturnType<typeof searchAndRead>>;
}

describe('findArticles', () => {
  it('finds .txt files below a folder, sorted, joined onto the root as written', async () => {
    tree({
      'b.txt': 'b',
      'a.txt': 'a',
      'notes.md': 'not an article',
      'z/deep/c.txt': 'c',
      'node_modules/pkg/readme.txt': 'skipped',
      '.git/description.txt': 'skipped',
      '.hidden/d.txt': 'skipped',
      '.e.txt': 'hidden file',
    });
    const found = await findArticles([root]);
    expect(found).toEqual({ files: [at('a.txt'), at('b.txt'), at('z', 'deep', 'c.txt')], skipped: [], truncated: false });
  });

  it('applies include and exclude globs to paths relative to the root; an excluded folder is not entered', async () => {
    tree({ 'a.txt': '', '2019/b.txt': '', '2019/c.md': '', 'drafts/d.txt': '', 'x/drafts/e.txt': '' });
    expect((await findArticles([root], { include: ['**/*.md', '*.txt'] })).files).toEqual([at('2019', 'c.md'), at('a.txt')]);
    expect((await findArticles([root], { exclude: ['**/drafts'] })).files).toEqual([at('2019', 'b.txt'), at('a.txt')]);
    expect((await findArticles([root], { exclude: ['2019/**', '**/e.txt'] })).files).toEqual([at('a.txt'), at('drafts', 'd.txt')]);
  });

  it('takes a file named as a root whatever the globs, and reports missing roots', async () => {
    tree({ 'story.md': 'x' });
    const found = await findArticles([at('story.md'), at('missing')]);
    expect(found).toEqual({ files: [at('story.md')], skipped: [{ path: at('missing'), reason: 'no such file or folder' }], truncated: false });
  });

  it('skips files over maxBytes with the reason', async () => {
    tree({ 'small.txt': 'x'.repeat(10), 'big.txt': 'x'.repeat(2000) });
    const found = await findArticles([root], { maxBytes: 1000 });
    expect(found.files).toEqual([at('small.txt')]);
    expect(found.skipped).toEqual([{ path: at('big.txt'), reason: 'file too large (2 KB; the limit is 1000 bytes)' }]);
  });

  it('stops at maxFiles and says truncated, but not when exactly maxFiles match', async () => {
    tree({ 'a.txt': '', 'b.txt': '', 'c.txt': '' });
    expect(await findArticles([root], { maxFiles: 2 })).toEqual({ files: [at('a.txt'), at('b.txt')], skipped: [], truncated: true });
    expect(await findArticles([root], { maxFiles: 3 })).toMatchObject({ truncated: false });
  });

  it('lists each file once across overlapping roots', async () => {
    tree({ 'a.txt': '', 'sub/b.txt': '' });
    const found = await findArticles([root, at('sub'), at('a.txt')]);
    expect(found.files).toEqual([at('a.txt'), at('sub', 'b.txt')]);
  });

  it('follows links inside the root once, refuses links out of it, and ends link loops', async () => {
    tree({ 'a.txt': 'a', 'sub/b.txt': 'b' });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'secret.txt'), 'no');
    symlinkSync(at('a.txt'), at('link-to-a.txt'));
    symlinkSync(at('sub'), at('sub-link'));
    symlinkSync(root, at('sub', 'loop'));
    symlinkSync(join(base, 'outside'), at('out'));
    symlinkSync(join(base, 'outside', 'secret.txt'), at('secret.txt'));
    symlinkSync(at('gone.txt'), at('broken.txt'));
    const found = await findArticles([root]);
    // The first path reached (in sorted order) is listed: a.txt before link-to-a.txt, sub before sub-link.
    expect(found.files).toEqual([at('a.txt'), at('sub', 'b.txt')]);
    expect(found.skipped).toEqual([
      { path: at('broken.txt'), reason: 'broken symbolic link (no such file or folder)' },
      { path: at('out'), reason: 'symbolic link leads outside the folder' },
      { path: at('secret.txt'), reason: 'symbolic link leads outside the folder' },
    ]);
    expect(found.truncated).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('lists unreadable folders and files as skipped, and reading one anyway says why', async () => {
    tree({ 'a.txt': 'a', 'locked/b.txt': 'b', 'private.txt': 'p' });
    chmodSync(at('locked'), 0o000);
    chmodSync(at('private.txt'), 0o000);
    try {
      const { found, read } = await searchAndRead(at('private.txt'));
      expect(found).toEqual({
        files: [at('a.txt')],
        skipped: [
          { path: at('locked'), reason: 'permission denied' },
          { path: at('private.txt'), reason: 'permission denied' },
        ],
        truncated: false,
      });
      expect(read).toEqual({ error: 'permission denied' });
    } finally {
      chmodSync(at('locked'), 0o755);
    }
  });

  it('stops when the signal aborts', async () => {
    tree({ 'a.txt': '' });
    const controller = new AbortController();
    controller.abort();
    await expect(findArticles([root], { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('gives up after maxEntries folder entries, so a huge tree that matches little is not crawled to the end', async () => {
    for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) tree({ [`d${i}/f${j}.dat`]: '' });
    tree({ 'd0/a.txt': '', 'd9/z.txt': '' });
    const found = await findArticles([root], { maxEntries: 50 });
    expect(found.files).toEqual([at('d0', 'a.txt')]);
    expect(found.truncated).toBe(true);
    expect(found.skipped).toEqual([{ path: at('d4'), reason: 'not searched to the end: too many entries; name a narrower folder' }]);
    expect(await findArticles([root], { maxEntries: 200 })).toMatchObject({ files: [at('d0', 'a.txt'), at('d9', 'z.txt')], truncated: false });
  });
});

describe('findArticles from the top of the file system', () => {
  const linux = process.platform === 'linux';

  it('joins a name onto a root folder with one separator', () => {
    expect(childPath(sep, 'tmp')).toBe(`${sep}tmp`);
    expect(childPath(join(sep, 'tmp'), 'a')).toBe(join(sep, 'tmp', 'a'));
  });

  it.skipIf(process.platform === 'win32')('enters each folder once under a root of /, whatever the links', async () => {
    // The repro of issue 13: dd/a/x.txt and dd/link → a, searched from /, listed x.txt twice.
    tree({ 'dd/a/x.txt': 'x' });
    symlinkSync('a', at('dd', 'link'));
    const fromTop = relative(sep, root).split(sep).join('/');
    // Only the folders on the way down to root are entered: the rest of the disk is excluded.
    const steps = fromTop.split('/');
    const exclude = steps.map((step, i) => [...steps.slice(0, i), `!(${step})`].join('/'));
    const found = await findArticles([sep], { include: [`${fromTop}/**/*.txt`], exclude });
    expect(found.files).toEqual([join(sep, fromTop, 'dd', 'a', 'x.txt')]);
  });

  it.skipIf(!linux)('never enters /proc, /sys or /dev, and refuses them when named', async () => {
    const found = await findArticles([sep], { include: ['{proc,sys,dev}/**'], exclude: ['!(proc|sys|dev)'] });
    expect(found).toEqual({ files: [], skipped: [], truncated: false });
    const named = await findArticles(['/proc', '/proc/self/status', '/sys', '/dev', '/dev/null']);
    expect(named.files).toEqual([]);
    expect(named.skipped.map((s) => s.reason)).toEqual(Array(5).fill(PSEUDO_FILE_SYSTEM));
  });

  it.skipIf(!linux)('does not follow a link into /proc', async () => {
    tree({ 'a.txt': 'a' });
    // Inside a root of / a link to /proc/self is a link inside the root: it is still not followed.
    symlinkSync('/proc/self', at('self'));
    symlinkSync('/proc/self/status', at('status.txt'));
    const fromTop = relative(sep, root).split(sep).join('/');
    const steps = fromTop.split('/');
    const exclude = steps.map((step, i) => [...steps.slice(0, i), `!(${step})`].join('/'));
    const found = await findArticles([sep], { include: [`${fromTop}/**`], exclude });
    expect(found.files).toEqual([at('a.txt')]);
  });
});

describe.skipIf(process.platform === 'win32')('findArticles and FIFOs', () => {
  it('says why a FIFO named like an article is skipped, inside a folder as when named', async () => {
    tree({ 'a.txt': 'a' });
    execFileSync('mkfifo', [at('pipe.txt'), at('pipe.dat')]);
    symlinkSync(at('pipe.txt'), at('link-to-pipe.txt'));
    const found = await findArticles([root]);
    expect(found.files).toEqual([at('a.txt')]);
    expect(found.skipped).toEqual([
      { path: at('link-to-pipe.txt'), reason: 'a FIFO, not a regular file' },
      { path: at('pipe.txt'), reason: 'a FIFO, not a regular file' },
    ]);
    expect((await findArticles([at('pipe.dat')])).skipped).toEqual([{ path: at('pipe.dat'), reason: 'a FIFO, not a regular file or folder' }]);
  });
});
