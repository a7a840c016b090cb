import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexSummary } from './protocol.js';
import { readSettings } from './settings.js';
import { ARTICLES } from './test-fixtures.js';
import { uriOfPath } from './uris.js';
import { Workspace, type WorkspaceHost } from './workspace.js';

let dir: string;
let host: WorkspaceHost & { logs: string[]; changes: number; summaries: IndexSummary[]; reports: Array<[number, number]>; progressDone: number };
let workspace: Workspace;
const uri = (path: string) => uriOfPath(join(dir, path));
const textIn = (path: string) => workspace.corpus.get(uri(path))?.analysis.source.text;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'seedlens-ws-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLES['a']!);
  writeFileSync(join(dir, 'b.txt'), ARTICLES['b']!);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.txt'), ARTICLES['c']!);
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'node_modules', 'x.txt'), ARTICLES['d']!);
  writeFileSync(join(dir, 'notes.md'), ARTICLES['d']!);
  host = {
    logs: [],
    changes: 0,
    summaries: [],
    reports: [],
    progressDone: 0,
    log: (m) => host.logs.push(m),
    changed: () => host.changes++,
    indexed: (s) => host.summaries.push(s),
    progress: async () => ({ report: (done, total) => host.reports.push([done, total]), done: () => host.progressDone++ }),
  };
  workspace = new Workspace(host, { debounceMs: 10 });
  workspace.setRoots([uriOfPath(dir)]);
  workspace.configure(readSettings({ cache: false }));
});

afterEach(() => {
  workspace.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('Workspace', () => {
  it('indexes the articles of its folders by the include/exclude rules, with progress', async () => {
    const summary = await workspace.index();
    expect(summary).toMatchObject({ articles: 3, failures: 0, truncated: false });
    expect(workspace.corpus.uris()).toEqual([uri('a.txt'), uri('b.txt'), uri('sub/c.txt')].sort());
    expect(host.summaries).toEqual([summary]);
    expect(host.progressDone).toBe(1);
    expect(workspace.isIndexing).toBe(false);
  });

  it('refuses a workspace folder at the root of the file system, with a warning, and indexes the others', async () => {
    const warnings: string[] = [];
    host.warn = (m) => warnings.push(m);
    expect(workspace.setRoots([uriOfPath(parse(dir).root), uriOfPath(dir)])).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/not indexing the workspace folder .*: it is the root of the file system/)]);
    expect(await workspace.index()).toMatchObject({ articles: 3 });
    expect(workspace.setRoots([uriOfPath(parse(dir).root)])).toBe(true);
    expect(await workspace.index()).toMatchObject({ articles: 0 });
    expect(warnings).toHaveLength(1);
  });

  it('logs once when the cache cannot be written', async () => {
    writeFileSync(join(dir, 'in-the-way'), '');
    const saved = process.env.SEEDLENS_CACHE_DIR;
    process.env.SEEDLENS_CACHE_DIR = join(dir, 'in-the-way');
    try {
      workspace.configure(readSettings({ cache: true }));
      await workspace.index();
      await workspace.index();
    } finally {
      if (saved === undefined) delete process.env.SEEDLENS_CACHE_DIR;
      else process.env.SEEDLENS_CACHE_DIR = saved;
    }
    expect(host.logs.filter((l) => l.includes('cache'))).toEqual([
      `seedlens: the cache cannot be written in ${join(dir, 'in-the-way')} (not a folder); every indexing analyses the files again`,
    ]);
  });

  it('stops at maxFiles and says so', async () => {
    workspace.configure(readSettings({ cache: false, articles: { maxFiles: 1 } }));
    const summary = await workspace.index();
    expect(summary).toMatchObject({ articles: 1, truncated: true });
    expect(host.logs.join('\n')).toContain('maxFiles');
  });

  it('lets a second indexing supersede the first', async () => {
    const first = workspace.index();
    const second = workspace.index();
    expect(await first).toBeUndefined();
    expect(await second).toMatchObject({ articles: 3 });
  });

  it('analyses an opened document at once, even before indexing, and keeps it over the disk text', async () => {
    workspace.didOpen(uri('a.txt'), 'Gen. Joe Dunford flew to Helsinki.', 1);
    expect(textIn('a.txt')).toBe('Gen. Joe Dunford flew to Helsinki.');
    await workspace.index();
    expect(textIn('a.txt')).toBe('Gen. Joe Dunford flew to Helsinki.');
    expect(workspace.corpus.has(uri('b.txt'))).toBe(true);
  });

  it('follows edits: positions move at once, the analysis after a pause', async () => {
    await workspace.index();
    const text = 'Gen. Joe Dunford flew to Helsinki.';
    workspace.didOpen(uri('a.txt'), text, 1);
    workspace.didChange(uri('a.txt'), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Today ' }], 2);
    const positions = workspace.view().positions(uri('a.txt'))!;
    expect(positions.stale).toBe(true);
    const helsinki = text.indexOf('Helsinki');
    expect(positions.position(helsinki)).toEqual({ line: 0, character: helsinki + 'Today '.length });
    const changesBefore = host.changes;
    await vi.waitFor(() => expect(textIn('a.txt')).toBe(`Today ${text}`));
    expect(workspace.view().positions(uri('a.txt'))!.stale).toBe(false);
    expect(host.changes).toBeGreaterThan(changesBefore);
  });

  it('analyses a long document on the worker thread, answering from the last analysis meanwhile; a newer analysis supersedes it', async () => {
    await workspace.index();
    // Every document counts as long here.
    const long = new Workspace(host, { debounceMs: 10, inThreadMaxChars: 0 });
    long.setRoots([uriOfPath(dir)]);
    long.configure(readSettings({ cache: false }));
    await long.index();
    try {
      const text = 'Gen. Joe Dunford flew to Helsinki.';
      long.didOpen(uri('a.txt'), text, 1);
      expect(long.analysing).toBe(1);
      // Meanwhile the corpus keeps the file's analysis, which has no positions in this other text.
      expect(long.corpus.get(uri('a.txt'))?.analysis.source.text).toBe(ARTICLES['a']);
      expect(long.view().positions(uri('a.txt'))!.range(0, 5)).toBeUndefined();
      long.didChange(uri('a.txt'), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Today ' }], 2);
      long.flush(uri('a.txt'));
      expect(long.analysing).toBe(1);
      await vi.waitFor(() => expect(long.corpus.get(uri('a.txt'))?.analysis.source.text).toBe(`Today ${text}`), { timeout: 20_000 });
      expect(long.analysing).toBe(0);
      expect(long.view().positions(uri('a.txt'))!.stale).toBe(false);
      const span = (m: { start: number; end: number }) => [m.start, m.end];
      expect(long.corpus.mentionsIn(uri('a.txt')).map((m) => span(m.mention))).toEqual(workspace.corpus.upsert('x:a', `Today ${text}`).analysis.mentions.map(span));
      expect(long.corpus.mentionsIn(uri('a.txt')).length).toBeGreaterThan(1);
      // Indexing again carries the last analysis into the new corpus: the editor's text, at once.
      await long.index();
      expect(long.corpus.get(uri('a.txt'))?.analysis.source.text).toBe(`Today ${text}`);
      expect(long.analysing).toBe(0);
    } finally {
      long.dispose();
    }
  });

  it('goes back to the file on close, and drops documents that are not articles on disk', async () => {
    await workspace.index();
    workspace.didOpen(uri('a.txt'), 'Rain in Paris.', 1);
    await workspace.didClose(uri('a.txt'));
    expect(textIn('a.txt')).toBe(ARTICLES['a']);
    workspace.didOpen('untitled:Untitled-1', 'Rain in Paris.', 1);
    expect(workspace.corpus.has('untitled:Untitled-1')).toBe(true);
    await workspace.didClose('untitled:Untitled-1');
    expect(workspace.corpus.has('untitled:Untitled-1')).toBe(false);
  });

  it('follows files created, changed and deleted on disk', async () => {
    await workspace.index();
    writeFileSync(join(dir, 'd.txt'), ARTICLES['d']!);
    writeFileSync(join(dir, 'b.txt'), 'Rain in Paris.');
    workspace.filesChanged([
      { uri: uri('d.txt'), type: 'created' },
      { uri: uri('b.txt'), type: 'changed' },
    ]);
    await vi.waitFor(() => {
      expect(workspace.corpus.has(uri('d.txt'))).toBe(true);
      expect(textIn('b.txt')).toBe('Rain in Paris.');
    });
    rmSync(join(dir, 'sub'), { recursive: true });
    workspace.filesChanged([{ uri: uri('sub'), type: 'deleted' }]);
    expect(workspace.corpus.has(uri('sub/c.txt'))).toBe(false);
  });

  it('logs a file that cannot be read, and keeps going', async () => {
    await workspace.index();
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0, 1, 2, 0, 0, 3]));
    workspace.filesChanged([{ uri: uri('b.txt'), type: 'changed' }]);
    await vi.waitFor(() => expect(workspace.corpus.has(uri('b.txt'))).toBe(false));
    expect(host.logs.join('\n')).toContain('b.txt');
  });
});
