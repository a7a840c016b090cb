// Issue 13: what a hostile workspace or client can ask of the built server — a query nested
// thousands deep, a workspace folder at the root of the file system.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorCodes, ExitNotification, MessageType, ResponseError, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { seedWorkspace, startServerProcess, type ServerProcess } from './lsp-process.js';

async function stop(server: ServerProcess): Promise<void> {
  await server.connection.sendRequest(ShutdownRequest.type);
  await server.connection.sendNotification(ExitNotification.type);
  await server.exited;
  server.connection.dispose();
}

describe('the server, asked what it must refuse', () => {
  const workspace = seedWorkspace();
  afterAll(() => workspace.dispose());

  it('answers a query nested too deeply with InvalidParams, and keeps answering', async () => {
    const server = await startServerProcess(workspace.root, { env: { SEEDLENS_CACHE_DIR: workspace.cache } });
    await server.indexed;
    for (const query of [`${'('.repeat(2500)}x${')'.repeat(2500)}`, `${'-'.repeat(1_000_000)}x`]) {
      const error = await server.connection.sendRequest('seedlens/timeline', { query }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseError);
      expect(error).toMatchObject({ code: ErrorCodes.InvalidParams, message: expect.stringMatching(/nested too deeply .* at character 101$/) });
    }
    expect(await server.connection.sendRequest('seedlens/timeline', { query: '((gerasimov))' })).not.toEqual([]);
    await stop(server);
  });

  it('does not index a workspace folder at the root of the file system, and says why', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'seedlens-ls-cache-'));
    try {
      const server = await startServerProcess(parse(workspace.root).root, { env: { SEEDLENS_CACHE_DIR: cache } });
      expect(await server.indexed).toMatchObject({ articles: 0, failures: 0 });
      expect(server.shown).toEqual([
        { type: MessageType.Warning, message: expect.stringMatching(/^seedlens: not indexing the workspace folder .*: it is the root of the file system\./) },
      ]);
      await stop(server);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
