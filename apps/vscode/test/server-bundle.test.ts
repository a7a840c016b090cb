/**
 * The bundled server (dist/server.cjs, dist/analyze-worker.cjs) as the extension ships it:
 * started over stdio on a copy of the seed articles next to a file that is not an article, and
 * asked what the extension asks. Needs `npx tsup` first (turbo's test task builds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES, GROUP_LIMIT } from '../src/entity-catalog.js';
import { METHODS } from '../src/protocol.js';
import type { DatedMention, EntityPage, EntityRef, IndexSummary, RelatedArticleItem, StatusResult } from '../src/protocol.js';
import { TIMELINE_LIMIT } from '../src/timeline-data.js';

const DIST = new URL('../dist/', import.meta.url);
const SEEDS = new URL('../../../seeds/', import.meta.url);
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

let dir: string;
let server: ChildProcess;
let connection: ProtocolConnection;
let summary: IndexSummary;

const uriOf = (file: string) => pathToFileURL(join(dir, 'ws', 'seeds', file)).href;

beforeAll(async () => {
  expect(existsSync(new URL('server.cjs', DIST)), 'dist/server.cjs (run `npx tsup`)').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'seedlens-bundle-'));
  cpSync(SEEDS, join(dir, 'ws', 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'ws', 'notes'));
  writeFileSync(join(dir, 'ws', 'notes', 'todo.txt'), 'Call Valery Gerasimov in Bern on Dec. 18, 2019.\n');
  server = spawn(process.execPath, [new URL('server.cjs', DIST).pathname, '--stdio'], {
    env: { ...process.env, SEEDLENS_CACHE_DIR: join(dir, 'cache') },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  // The extension's default article globs, as VS Code would answer workspace/configuration.
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => ({ articles: { include: ['**/seeds/**/*.txt', '**/articles/**/*.txt'] } })),
  );
  connection.listen();
  const indexed = new Promise<IndexSummary>((resolve) => connection.onNotification(METHODS.indexed, resolve));
  const root = pathToFileURL(join(dir, 'ws')).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'ws' }],
    capabilities: { workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  summary = await indexed;
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  connection?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the bundled server', () => {
  it('indexes the articles of the article globs and nothing else', async () => {
    expect(summary).toMatchObject({ articles: seedFiles.length, failures: 0 });
    const status = await connection.sendRequest<StatusResult>(METHODS.status);
    expect(status).toMatchObject({ indexing: false, articles: seedFiles.length });
  });

  it('lists the entities of each type as the Entities view asks, each at its first mention', async () => {
    const status = await connection.sendRequest<StatusResult>(METHODS.status);
    let total = 0;
    for (const type of ENTITY_TYPES) {
      const page = await connection.sendRequest<EntityPage>(METHODS.entities, { type, limit: GROUP_LIMIT });
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((e) => e.type === type && e.first !== null)).toBe(true);
      const articles = page.items.map((e) => e.articleCount);
      expect(articles).toEqual([...articles].sort((a, b) => b - a));
      total += page.total;
      // the first mention names the entity the list says
      const [top] = page.items;
      const at = await connection.sendRequest<EntityRef | null>(METHODS.entityAt, { uri: top!.first!.uri, position: top!.first!.range.start });
      expect(at?.id).toBe(top!.id);
    }
    expect(total).toBe(status.entities);
    expect(summary.entities).toBe(status.entities);
  });

  it('gives the timeline in time order, each date where its text is', async () => {
    const entries = await connection.sendRequest<DatedMention[]>(METHODS.timeline, { limit: TIMELINE_LIMIT + 1 });
    expect(entries.length).toBeGreaterThan(0);
    const placed = entries.map((e) => e.sortKey).filter((k) => /^\d{4}-\d\d-\d\d$/.test(k));
    expect(placed).toEqual([...placed].sort());
    for (const entry of entries) {
      const { start, end } = entry.range;
      if (start.line !== end.line) continue;
      const line = readFileSync(new URL(entry.uri), 'utf8').split('\n')[start.line]!;
      expect(line.slice(start.character, end.character)).toBe(entry.text);
    }
  });

  it('ranks related articles for each article, never the article itself', async () => {
    for (const file of seedFiles) {
      const related = await connection.sendRequest<RelatedArticleItem[] | null>(METHODS.relatedArticles, { uri: uriOf(file), limit: 3 });
      expect(related).not.toBeNull();
      expect(related!.length).toBeLessThanOrEqual(3);
      expect(related!.map((r) => r.uri)).not.toContain(uriOf(file));
      const scores = related!.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const notArticle = pathToFileURL(join(dir, 'ws', 'notes', 'todo.txt')).href;
    expect(await connection.sendRequest(METHODS.relatedArticles, { uri: notArticle })).toBeNull();
  });
});

describe('the bundled analysis worker', () => {
  it('starts on its own and analyses a text', async () => {
    const worker = new Worker(new URL('analyze-worker.cjs', DIST));
    try {
      const replies: unknown[] = [];
      const done = new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (reply: { ready?: boolean; id?: number }) => {
          replies.push(reply);
          if (reply.ready) worker.postMessage({ id: 7, text: readFileSync(new URL(seedFiles[0]!, SEEDS), 'utf8') });
          else resolve();
        });
      });
      await done;
      expect(replies[0]).toEqual({ ready: true });
      // the analysis itself is the query package's business: here, that it came back and not as an error
      expect(replies[1]).toMatchObject({ id: 7 });
      expect(replies[1]).not.toHaveProperty('error');
    } finally {
      await worker.terminate();
    }
    // Half a second alone; while turbo runs every package's tests on two busy cores, loading the
    // 6 MB bundle in a fresh thread took over vitest's default 5 s.
  }, 60_000);
});
