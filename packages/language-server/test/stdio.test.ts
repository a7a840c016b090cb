// The built server (dist/bin.js) as a separate process, driven over stdio by the protocol's own client.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeLensRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWorkspaceFoldersNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  ReferencesRequest,
  ResponseError,
  SemanticTokensRequest,
  ShutdownRequest,
  WorkspaceSymbolRequest,
  type Location,
  type MarkupContent,
  type Position,
  type SemanticTokensLegend,
} from 'vscode-languageserver-protocol/node';
import { seedWorkspace, startRawServerProcess, startServerProcess, type RawServerProcess, type ServerProcess } from './lsp-process.js';

const workspace = seedWorkspace();
const files = readdirSync(workspace.root).sort();
const uriOf = (prefix: string) => pathToFileURL(join(workspace.root, files.find((f) => f.startsWith(prefix))!)).href;
const textOf = (prefix: string) => readFileSync(new URL(uriOf(prefix)), 'utf8');

/** Line and character of offset `offset` in `text`, counted here independently of the server. */
function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

function positionOf(prefix: string, needle: string, delta = 0): Position {
  const text = textOf(prefix);
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not in ${prefix}`);
  return positionIn(text, offset + delta);
}

function rangeText(prefix: string, location: Location): string {
  const lines = textOf(prefix).split('\n');
  const { start, end } = location.range;
  expect(start.line).toBe(end.line);
  return lines[start.line]!.slice(start.character, end.character);
}

/** `Joint Chiefs Chairman Marine Corps Gen. Joe Dunford and Gerasimov`: the cursor on the last word. */
const GERASIMOV_004 = () => positionOf('004', 'Dunford and Gerasimov', 'Dunford and G'.length);

let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess(workspace.root, { env: { SEEDLENS_CACHE_DIR: workspace.cache } });
  await server.indexed;
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: uriOf('004'), languageId: 'plaintext', version: 1, text: textOf('004') },
  });
}, 60_000);

afterAll(async () => {
  server?.child.kill();
  workspace.dispose();
});

describe('seedlens-language-server over stdio', () => {
  it('announces its features and indexes the workspace with progress', async () => {
    const { capabilities } = server.initialize;
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.semanticTokensProvider?.legend.tokenTypes.slice(0, 3)).toEqual(['actor', 'place', 'date']);
    expect(capabilities.executeCommandProvider?.commands).toEqual(expect.arrayContaining(['seedlens.openRelated', 'seedlens.reindex']));
    expect(await server.indexed).toMatchObject({ articles: files.length, failures: 0, truncated: false });
    expect(server.requests).toContain('window/workDoneProgress/create');
    expect(server.requests).toContain('client/registerCapability');
  });

  it('hovers Gerasimov in 004 with his full name, kind and the four articles that mention him', async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('004') }, position: GERASIMOV_004() });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('**Valery Gerasimov**');
    expect(value).toContain('person');
    expect(value).toContain('Mentioned in 4 articles');
  });

  it('finds his references in exactly the articles that name him', async () => {
    const locations = (await server.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uriOf('004') },
      position: GERASIMOV_004(),
      context: { includeDeclaration: true },
    }))!;
    const articles = [...new Set(locations.map((l) => l.uri))].sort();
    expect(articles).toEqual(['000', '001', '002', '004'].map(uriOf));
    for (const location of locations) {
      const prefix = files.find((f) => location.uri.endsWith(f))!.slice(0, 3);
      expect(rangeText(prefix, location)).toMatch(/Gerasimov$/);
    }
  });

  it('goes to his first mention, in the earliest article: 004, the only seed with a date (found in its text)', async () => {
    const result = await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf('004') }, position: GERASIMOV_004() });
    const [location] = result as Location[];
    expect(location!.uri).toBe(uriOf('004'));
    const first = textOf('004').search(/(Valeriy |Valery )?Gerasimov/);
    expect(location!.range.start).toEqual(positionIn(textOf('004'), first));
    expect(rangeText('004', location!)).toMatch(/Gerasimov$/);
  });

  it('colours a known paragraph with the expected spans', async () => {
    const { tokenTypes, tokenModifiers } = server.initialize.capabilities.semanticTokensProvider!.legend as SemanticTokensLegend;
    const tokens = (await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uriOf('004') } }))!;
    const lines = textOf('004').split('\n');
    const paragraph = lines.findIndex((l) => l.startsWith('The military leaders have more to discuss.'));
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dLine, dChar, length, type, bits] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
      line += dLine;
      character = dLine === 0 ? character + dChar : dChar;
      if (line !== paragraph) continue;
      const modifiers = tokenModifiers.filter((_, b) => bits & (1 << b));
      decoded.push(`${lines[line]!.slice(character, character + length)}|${[tokenTypes[type], ...modifiers].join('.')}`);
    }
    expect(decoded).toEqual([
      'Dec. 16|date',
      'U.S.|place.country',
      'Coast Guard|actor.organization',
      'South Carolina|place.region',
      'U.S.|place.country',
      'Black Sea|place.water',
      'U.S.|place.country',
    ]);
  });

  it('finds him by "gera" among workspace symbols', async () => {
    const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'gera' }))!;
    expect(symbols[0]?.name).toBe('Valery Gerasimov');
  });

  it('shows 000 first among the articles related to 001', async () => {
    const uri = uriOf('001');
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: textOf('001') },
    });
    const lenses = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
    expect(lenses[0]?.command?.title).toBe('Related: 000');
    expect(lenses[0]?.command?.arguments).toEqual([uriOf('000')]);
    const opened = await server.connection.sendRequest('workspace/executeCommand', lenses[0]!.command);
    expect(opened).toEqual({ uri: uriOf('000'), shown: true });
    expect(server.requests).toContain('window/showDocument');
  });

  it('answers the custom requests: entities, the entity at a position, its timeline, and the status', async () => {
    const { connection } = server;
    const page = await connection.sendRequest<{ total: number; items: Array<{ id: string; name: string; articleCount: number; first: Location }> }>(
      'seedlens/entities',
      { type: 'actor', limit: 5 },
    );
    const gerasimov = page.items.find((e) => e.name === 'Valery Gerasimov')!;
    expect(gerasimov).toMatchObject({ articleCount: 4, first: { uri: uriOf('004') } });
    expect(page.total).toBeGreaterThan(page.items.length);

    expect(await connection.sendRequest('seedlens/entityAt', { uri: uriOf('004'), position: GERASIMOV_004() })).toEqual({
      id: gerasimov.id,
      name: 'Valery Gerasimov',
      type: 'actor',
      kind: 'person',
    });

    const dates = await connection.sendRequest<Array<{ uri: string; sortKey: string }>>('seedlens/timeline', { uri: uriOf('004'), position: GERASIMOV_004() });
    expect(new Set(dates.map((d) => d.uri))).toEqual(new Set(['000', '001', '002', '004'].map(uriOf)));
    expect(dates.map((d) => d.sortKey)).toEqual(dates.map((d) => d.sortKey).sort());

    const articles = await connection.sendRequest<Array<{ uri: string; dct: string; dctLabel: string }>>('seedlens/articleDates', { uri: uriOf('004'), position: GERASIMOV_004() });
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) expect(new Set(['000', '001', '002', '004'].map(uriOf))).toContain(a.uri);
    expect(articles.map((a) => a.dct)).toEqual(articles.map((a) => a.dct).sort());

    const places = await connection.sendRequest<Array<{ id: string; coordinates: [number, number]; articleCount: number; articles: { uri: string }[] }>>('seedlens/places', { articles: 2 });
    const baku = places.find((p) => p.id === 'place:baku')!;
    expect(baku.articleCount).toBe(3);
    expect(baku.coordinates.map(Math.round)).toEqual([50, 40]);
    expect(baku.articles).toHaveLength(2);

    const status = await connection.sendRequest<{ entities: number }>('seedlens/status');
    const all = await connection.sendRequest<{ total: number }>('seedlens/entities', {});
    expect(status.entities).toBe(all.total);
  });

  it('keeps answering after an edit, and refreshes once the article is analysed again', async () => {
    const uri = uriOf('004');
    const before = server.requests.filter((m) => m === 'workspace/semanticTokens/refresh').length;
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking:\n' }],
    });
    const moved = { ...GERASIMOV_004(), line: GERASIMOV_004().line + 1 };
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: moved });
    expect((hover!.contents as MarkupContent).value).toContain('**Valery Gerasimov**');
    await expect.poll(() => server.requests.filter((m) => m === 'workspace/semanticTokens/refresh').length, { timeout: 5000 }).toBeGreaterThan(before);
  });

  it('follows workspace folders as they are removed and added', async () => {
    const { connection } = server;
    const folder = { uri: pathToFileURL(workspace.root).href, name: 'seeds' };
    let indexed = server.nextIndexed();
    await connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [folder] } });
    // only the two open documents are left
    expect(await indexed).toMatchObject({ articles: 2 });
    expect(await connection.sendRequest('seedlens/status')).toMatchObject({ indexing: false, articles: 2 });
    indexed = server.nextIndexed();
    await connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [folder], removed: [] } });
    expect(await indexed).toMatchObject({ articles: files.length });
  });

  it('answers malformed requests with errors and stays up', async () => {
    const { connection } = server;
    const code = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof ResponseError ? e.code : String(e)));
    expect(await code(connection.sendRequest('textDocument/hover', { textDocument: 5 }))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('004') }, position: { line: 'x' } }))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('textDocument/definition', null))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('workspace/symbol', {}))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('seedlens/relatedArticles', { uri: 7 }))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('seedlens/entities', { type: 'person', limit: 'ten' }))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('seedlens/entityAt', { uri: uriOf('004') }))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('seedlens/timeline', { entityId: 5 }))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('seedlens/places', { limit: 'all' }))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('seedlens/articleDates', { query: 'after:' }))).toBe(ErrorCodes.InvalidParams);
    const syntax = await connection.sendRequest('seedlens/timeline', { query: 'after:' }).catch((e: unknown) => e);
    expect(syntax).toBeInstanceOf(ResponseError);
    expect(syntax).toMatchObject({ code: ErrorCodes.InvalidParams, message: expect.stringMatching(/after: at character \d+/) });
    expect(await code(connection.sendRequest('workspace/executeCommand', { command: 'seedlens.openRelated', arguments: [] }))).toBe(ErrorCodes.InvalidParams);
    expect(await code(connection.sendRequest('seedlens/noSuchThing', {}))).toBe(ErrorCodes.MethodNotFound);
    // an article the server does not know, and positions far outside the document
    expect(await connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere/x.txt' }, position: { line: 0, character: 0 } })).toBeNull();
    expect(await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('004') }, position: { line: 1e9, character: -5 } })).toBeNull();
    expect(await connection.sendRequest('seedlens/relatedArticles', { uri: 'file:///nowhere/x.txt' })).toBeNull();
    // garbage on the wire: a frame that is not JSON
    const garbage = '{"jsonrpc": "2.0", "id": 99, "method": ';
    server.child.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    const symbols = await connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'baku' });
    expect(symbols?.map((s) => s.name)).toContain('Baku');
    expect(server.child.exitCode).toBeNull();
  });

  it('shuts down and exits cleanly', async () => {
    expect(await server.connection.sendRequest(ShutdownRequest.type)).toBeNull();
    await server.connection.sendNotification(ExitNotification.type);
    expect(await server.exited).toBe(0);
  });
});

// The protocol's edge cases, each on a server of its own written to raw (the protocol's own
// client never writes most of these).
describe('seedlens-language-server and the protocol', () => {
  const INITIALIZE = { processId: null, rootUri: null, capabilities: {} };
  const NOT_INITIALIZED = -32002;
  const docUri = pathToFileURL(join(workspace.root, '..', 'untitled.txt')).href;
  const hoverParams = (line: number, character: number) => ({ textDocument: { uri: docUri }, position: { line, character } });
  const hoverValue = (message: { result?: unknown }) => ((message.result as { contents?: MarkupContent } | null)?.contents?.value ?? null);
  let raw: RawServerProcess | undefined;

  afterEach(() => {
    raw?.child.kill();
    raw = undefined;
  });

  async function initialized(): Promise<RawServerProcess> {
    raw = startRawServerProcess({ env: { SEEDLENS_CACHE_DIR: workspace.cache } });
    raw.send({ id: 'init', method: 'initialize', params: INITIALIZE });
    expect((await raw.response('init')).result).toMatchObject({ capabilities: { hoverProvider: true } });
    raw.send({ method: 'initialized', params: {} });
    return raw;
  }

  it('keeps to the lifecycle: nothing before initialize, initialize once, nothing but exit after shutdown', async () => {
    const server = (raw = startRawServerProcess({ env: { SEEDLENS_CACHE_DIR: workspace.cache } }));
    server.send({ id: 1, method: 'textDocument/hover', params: hoverParams(0, 0) });
    server.send({ id: 2, method: 'shutdown' });
    // A notification before initialize is dropped.
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: docUri, languageId: 'plaintext', version: 1, text: 'Rain in Paris.' } } });
    expect((await server.response(1)).error?.code).toBe(NOT_INITIALIZED);
    expect((await server.response(2)).error?.code).toBe(NOT_INITIALIZED);
    server.send({ id: 3, method: 'initialize', params: null });
    expect((await server.response(3)).error?.code).toBe(ErrorCodes.InvalidParams);
    server.send({ id: 4, method: 'initialize', params: INITIALIZE });
    expect((await server.response(4)).result).toMatchObject({ capabilities: { hoverProvider: true } });
    server.send({ id: 5, method: 'initialize', params: INITIALIZE });
    expect((await server.response(5)).error?.code).toBe(ErrorCodes.InvalidRequest);
    server.send({ method: 'initialized', params: {} });
    // The document opened too early is unknown: no hover, and no error.
    server.send({ id: 6, method: 'textDocument/hover', params: hoverParams(0, 9) });
    expect(await server.response(6)).toMatchObject({ result: null });
    server.send({ id: 7, method: 'textDocument/hover', params: null });
    expect((await server.response(7)).error?.code).toBe(ErrorCodes.InvalidParams);
    // shutdown takes no params: null is as good as none.
    server.send({ id: 8, method: 'shutdown', params: null });
    expect(await server.response(8)).toMatchObject({ result: null });
    server.send({ id: 9, method: 'textDocument/hover', params: hoverParams(0, 0) });
    server.send({ id: 10, method: 'shutdown' });
    expect((await server.response(9)).error?.code).toBe(ErrorCodes.InvalidRequest);
    expect((await server.response(10)).error?.code).toBe(ErrorCodes.InvalidRequest);
    server.send({ method: 'exit' });
    expect(await server.exited).toBe(0);
  });

  it('applies a didChange with a null or empty range as a change of the whole document', async () => {
    const server = await initialized();
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: docUri, languageId: 'plaintext', version: 1, text: 'Rain in Paris.' } } });
    server.send({ method: 'textDocument/didChange', params: { textDocument: { uri: docUri, version: 2 }, contentChanges: [{ range: null, text: 'Talks in Geneva.' }] } });
    let id = 100;
    const hoverAt = async (character: number) => {
      server.send({ id: ++id, method: 'textDocument/hover', params: hoverParams(0, character) });
      return hoverValue(await server.response(id));
    };
    await expect.poll(() => hoverAt('Talks in G'.length), { timeout: 10_000 }).toContain('Geneva');
    server.send({ method: 'textDocument/didChange', params: { textDocument: { uri: docUri, version: 3 }, contentChanges: [{ range: {}, text: 'Snow in Oslo.' }] } });
    await expect.poll(() => hoverAt('Snow in O'.length), { timeout: 10_000 }).toContain('Oslo');
    expect(server.stderr()).not.toContain('Notification handler');
  });

  it('logs a malformed header and reads on from the next message', async () => {
    const server = await initialized();
    server.write('Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":20,"method":"shutdown"}');
    server.send({ id: 21, method: 'textDocument/hover', params: hoverParams(0, 0) });
    expect(await server.response(21)).toMatchObject({ result: null });
    server.write('Content-Length: twelve\r\n\r\n');
    server.send({ id: 22, method: 'textDocument/hover', params: hoverParams(0, 0) });
    expect(await server.response(22)).toMatchObject({ result: null });
    server.write(`Content-Length: ${'9'.repeat(12)}\r\n\r\n`);
    server.send({ id: 23, method: 'textDocument/hover', params: hoverParams(0, 0) });
    expect(await server.response(23)).toMatchObject({ result: null });
    expect(server.responded(20)).toBe(false);
    expect(server.stderr()).toMatch(/malformed message header \(no Content-Length\)/);
    expect(server.stderr()).toMatch(/Content-Length is not a number/);
    expect(server.stderr()).toMatch(/over the limit/);
  });

  it('drops a message shorter than its Content-Length and answers the next one', async () => {
    const server = await initialized();
    const short = JSON.stringify({ jsonrpc: '2.0', id: 30, method: 'textDocument/hover', params: hoverParams(0, 0) });
    server.write(`Content-Length: ${Buffer.byteLength(short) + 500}\r\n\r\n${short}`);
    server.send({ id: 31, method: 'textDocument/hover', params: hoverParams(0, 0) });
    expect(await server.response(31)).toMatchObject({ result: null });
    expect(server.responded(30)).toBe(false);
    expect(server.stderr()).toContain('shorter than its Content-Length');
  });

  it('does not buffer a header that never ends, and reads on from the next message', async () => {
    const server = await initialized();
    const rssBefore = rssOf(server.child.pid!);
    // 64 MB of a header line with no end, in 1 MB writes.
    server.write('Content-Length: 10\r\nX-Padding: ');
    const megabyte = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 64; i++) {
      server.write(megabyte);
      if (i % 8 === 7) await new Promise((resolveDrain) => setTimeout(resolveDrain, 10));
    }
    server.send({ id: 40, method: 'textDocument/hover', params: hoverParams(0, 0) });
    expect(await server.response(40)).toMatchObject({ result: null });
    expect(server.stderr()).toMatch(/malformed message header \(a header of over \d+ bytes with no end\)/);
    if (rssBefore !== undefined) expect(rssOf(server.child.pid!)!).toBeLessThan(rssBefore + 48 * 1024 * 1024);
    expect(server.child.exitCode).toBeNull();
  });
});

/** Resident memory of a process in bytes (Linux); undefined elsewhere. */
function rssOf(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}
