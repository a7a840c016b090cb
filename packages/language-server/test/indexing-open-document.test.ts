// The built server while the analysis of a long open document is put into the corpus: that is done
// a slice at a time on the server's thread, so requests sent meanwhile are answered before it
// ends, from the corpus as it was (the document not in it yet, the other articles as they were);
// then the document comes in whole. Only the order of events is checked here; timings are in
// bench/server.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidOpenTextDocumentNotification, HoverRequest, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-protocol/node';
import { distinctNames } from '../../../bench/distinct-names.mjs';
import { seedWorkspace, startServerProcess, type ServerProcess } from './lsp-process.js';

const workspace = seedWorkspace();
const seed = readdirSync(workspace.root).sort().find((f) => f.startsWith('004'))!;
const seedUri = pathToFileURL(join(workspace.root, seed)).href;
const seedText = readFileSync(join(workspace.root, seed), 'utf8');
const gerasimov: Position = (() => {
  const before = seedText.slice(0, seedText.indexOf('Dunford and Gerasimov') + 'Dunford and G'.length).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
})();

// Long enough for a worker thread (over 64 KB) and for many slices of the server's thread (some
// twenty thousand names), short enough to be analysed in a few seconds.
const bigUri = pathToFileURL(join(workspace.root, '..', 'names.txt')).href;
const bigText = distinctNames(600_000, { wholeLines: true });
const firstName: Position = { line: 0, character: 'General '.length + 2 };
const general = `**${/^General (\w+ \w+) met/.exec(bigText)![1]}**`;

let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess(workspace.root, { env: { SEEDLENS_CACHE_DIR: workspace.cache } });
  await server.indexed;
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: seedUri, languageId: 'plaintext', version: 1, text: seedText },
  });
}, 60_000);

afterAll(() => {
  server?.child.kill();
  workspace.dispose();
});

const value = (hover: Hover | null) => (hover ? (hover.contents as MarkupContent).value : null);
const hoverAt = (uri: string, position: Position) => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
const status = () => server.connection.sendRequest<{ analysing: number; indexingOpen?: number; entities: number }>('seedlens/status');

describe('a long document whose analysis is being put into the corpus', () => {
  it('does not hold requests until it is all in, which answer from the corpus as it was', async () => {
    const { entities: before } = await status();
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: bigUri, languageId: 'plaintext', version: 1, text: bigText },
    });
    // Requests and a status request after them, sent together: the server answers them in order, so
    // when the status says the document is still being put in, the requests were answered before.
    const started = performance.now();
    let answeredWhileIndexing = 0;
    for (;;) {
      expect(performance.now() - started).toBeLessThan(60_000);
      const [onSeed, onBig, now] = await Promise.all([hoverAt(seedUri, gerasimov), hoverAt(bigUri, firstName), status()]);
      if (now.analysing === 0) break;
      if (now.indexingOpen === 1) answeredWhileIndexing++;
      expect(value(onSeed)).toContain('**Valery Gerasimov**');
      // Not half of it: the document is not in the corpus yet, nor any of its names.
      expect(value(onBig)).toBeNull();
      expect(now.entities).toBe(before);
    }
    expect(answeredWhileIndexing).toBeGreaterThanOrEqual(1);
    expect(await status()).toMatchObject({ analysing: 0, indexingOpen: 0 });
    expect(value(await hoverAt(bigUri, firstName))).toContain(general);
    expect((await status()).entities).toBeGreaterThan(before + 10_000);
  }, 120_000);
});
