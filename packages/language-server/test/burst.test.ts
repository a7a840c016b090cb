// The built server under a burst of edits to one open article, interleaved with hovers: every
// hover is answered, the server stays up, and its memory does not grow with the number of edits.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  HoverRequest,
  ResponseError,
  type Hover,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { seedWorkspace, startServerProcess, type ServerProcess } from './lsp-process.js';

const workspace = seedWorkspace();
const file = readdirSync(workspace.root).sort().find((f) => f.startsWith('004'))!;
const uri = pathToFileURL(join(workspace.root, file)).href;
const text = readFileSync(join(workspace.root, file), 'utf8');

/** The cursor on "Gerasimov" in `Dunford and Gerasimov`, below the first line (which the edits change). */
const position: Position = (() => {
  const offset = text.indexOf('Dunford and Gerasimov') + 'Dunford and G'.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
})();

/** Resident memory of a process in bytes, from /proc (Linux only). */
function rss(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

let server: ServerProcess;
let version = 1;

beforeAll(async () => {
  server = await startServerProcess(workspace.root, { env: { SEEDLENS_CACHE_DIR: workspace.cache } });
  await server.indexed;
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'plaintext', version, text },
  });
}, 60_000);

afterAll(() => {
  server?.child.kill();
  workspace.dispose();
});

const PREFIX = 'Breaking: talks in Geneva. ';

/**
 * `edits` edits to the first line, alternately inserting and removing PREFIX (an even count leaves
 * the text as it was), each followed by a hover on Gerasimov. Sent in rounds; between rounds a
 * pause longer than the server's debounce lets it re-analyse the article now and then.
 */
async function burst(edits: number, round = 50): Promise<Array<Hover | null>> {
  const hovers: Array<Hover | null> = [];
  for (let sent = 0; sent < edits; sent += round) {
    const pending: Array<Promise<Hover | null>> = [];
    for (let i = sent; i < Math.min(edits, sent + round); i++) {
      const change =
        i % 2 === 0
          ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: PREFIX }
          : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: PREFIX.length } }, text: '' };
      void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [change] });
      pending.push(server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
    }
    hovers.push(...(await Promise.all(pending)));
    await sleep(200);
  }
  return hovers;
}

const hoverValue = (hover: Hover | null) => (hover ? (hover.contents as MarkupContent).value : null);

describe('a burst of edits interleaved with hovers', () => {
  it('answers every hover and is alive afterwards', async () => {
    const hovers = await burst(1000);
    expect(hovers).toHaveLength(1000);
    for (const hover of hovers) expect(hover === null || typeof hoverValue(hover) === 'string').toBe(true);
    // The line below the edits never moved: most hovers find him (null is allowed mid-edit).
    expect(hovers.filter((h) => hoverValue(h)?.includes('**Valery Gerasimov**')).length).toBeGreaterThan(500);
    expect(server.child.exitCode).toBeNull();
    expect(await server.connection.sendRequest('seedlens/status')).toMatchObject({ indexing: false, articles: readdirSync(workspace.root).length });
    // The text is back as it was: once analysed again, the hover is the one before the burst.
    await expect
      .poll(async () => hoverValue(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })), { timeout: 20_000 })
      .toContain('Mentioned in 4 articles');
  }, 180_000);

  it.runIf(process.platform === 'linux')('keeps its memory flat over another 1,000 edits', async () => {
    // The first burst warmed the server up (code paths compiled, caches filled); this one must not
    // leave more behind than the garbage collector's slack.
    const before = rss(server.child.pid!);
    await burst(1000);
    await sleep(500);
    const after = rss(server.child.pid!);
    expect(after).toBeLessThan(before * 1.5 + 50 * 1024 * 1024);
    expect(server.child.exitCode).toBeNull();
  }, 180_000);

  it('answers an unknown method with MethodNotFound and keeps answering', async () => {
    const error = await server.connection.sendRequest('textDocument/noSuchFeature', { textDocument: { uri } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).code).toBe(ErrorCodes.MethodNotFound);
    expect(hoverValue(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }))).toContain('**Valery Gerasimov**');
  });
});
