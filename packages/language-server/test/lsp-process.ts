import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const here = dirname(fileURLToPath(import.meta.url));
export const BIN = resolve(here, '..', 'dist', 'bin.js');
export const SEEDS = resolve(here, '..', '..', '..', 'seeds');

/** A copy of the seed articles in a fresh temporary folder (and a cache folder beside it). */
export function seedWorkspace(): { root: string; cache: string; dispose(): void } {
  const base = mkdtempSync(join(tmpdir(), 'seedlens-ls-'));
  const root = join(base, 'seeds');
  cpSync(SEEDS, root, { recursive: true });
  return { root, cache: join(base, 'cache'), dispose: () => rmSync(base, { recursive: true, force: true }) };
}

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  general: { positionEncodings: ['utf-16'] },
  window: { workDoneProgress: true, showDocument: { support: true } },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    semanticTokens: { refreshSupport: true },
    codeLens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
  },
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: {
      requests: { full: true, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
  },
};

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  connection: ProtocolConnection;
  initialize: InitializeResult;
  /** Resolves with the summary of the first finished indexing. */
  indexed: Promise<unknown>;
  /** Resolves with the summary of the next indexing to finish from now on. */
  nextIndexed(): Promise<unknown>;
  /** Server-to-client requests seen, by method. */
  requests: string[];
  /** Messages the server asked the client to show (window/showMessage), in order. */
  shown: Array<{ type: number; message: string }>;
  stderr(): string;
  exited: Promise<number | null>;
}

/** Starts the built server over stdio and initializes it on `root` (as workspace folder). */
export async function startServerProcess(root: string, options: { env?: NodeJS.ProcessEnv; capabilities?: ClientCapabilities; settings?: unknown } = {}): Promise<ServerProcess> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npx tsup\` in packages/language-server first`);
  const child = spawn(process.execPath, [BIN, '--stdio'], { env: { ...process.env, ...options.env }, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const requests: string[] = [];
  const answers: Record<string, (params: unknown) => unknown> = {
    'workspace/configuration': (params) => ((params as { items?: unknown[] } | undefined)?.items ?? []).map(() => options.settings ?? null),
    'window/showDocument': () => ({ success: true }),
    'window/workDoneProgress/create': () => null,
    'client/registerCapability': () => null,
    'client/unregisterCapability': () => null,
    'workspace/semanticTokens/refresh': () => null,
    'workspace/codeLens/refresh': () => null,
    'workspace/inlayHint/refresh': () => null,
  };
  for (const [method, answer] of Object.entries(answers)) {
    connection.onRequest(method, (params: unknown) => {
      requests.push(method);
      return answer(params);
    });
  }
  const shown: ServerProcess['shown'] = [];
  connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
    shown.push(params);
  });
  let waiters: Array<(summary: unknown) => void> = [];
  connection.onNotification('seedlens/indexed', (summary: unknown) => {
    const waiting = waiters;
    waiters = [];
    for (const resolveIndexed of waiting) resolveIndexed(summary);
  });
  const nextIndexed = () => new Promise<unknown>((resolveIndexed) => waiters.push(resolveIndexed));
  const indexed = nextIndexed();
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'seeds' }],
    capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return { child, connection, initialize, indexed, nextIndexed, requests, shown, stderr: () => stderr, exited };
}

/** A message the server sent: a response (with `id`), a request (with `id` and `method`) or a notification. */
export interface RawMessage {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface RawServerProcess {
  child: ChildProcessWithoutNullStreams;
  /** Writes one message, framed. */
  send(message: object): void;
  /** Writes bytes as they are: for frames the protocol's own client would never write. */
  write(bytes: string): void;
  /** Resolves with the server's response to request `id`. */
  response(id: number | string): Promise<RawMessage>;
  /** Responses received so far, by id. */
  responded(id: number | string): boolean;
  stderr(): string;
  exited: Promise<number | null>;
}

/**
 * Starts the built server over stdio without initializing it, for the protocol's edge cases:
 * frames are written raw, and requests from the server are answered null.
 */
export function startRawServerProcess(options: { env?: NodeJS.ProcessEnv } = {}): RawServerProcess {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npx tsup\` in packages/language-server first`);
  const child = spawn(process.execPath, [BIN, '--stdio'], { env: { ...process.env, ...options.env }, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  const write = (bytes: string) => {
    if (!child.stdin.destroyed) child.stdin.write(bytes);
  };
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const responses = new Map<number | string, RawMessage>();
  const waiting = new Map<number | string, (message: RawMessage) => void>();
  new StreamMessageReader(child.stdout).listen((data) => {
    const message = data as RawMessage;
    if (message.method !== undefined) {
      if (message.id !== undefined && message.id !== null) send({ id: message.id, result: null });
      return;
    }
    if (message.id === undefined || message.id === null) return;
    responses.set(message.id, message);
    waiting.get(message.id)?.(message);
  });
  const response = (id: number | string) =>
    new Promise<RawMessage>((resolveResponse) => {
      const known = responses.get(id);
      if (known) resolveResponse(known);
      else waiting.set(id, resolveResponse);
    });
  return { child, send, write, response, responded: (id) => responses.has(id), stderr: () => stderr, exited };
}
