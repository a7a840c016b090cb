// What the client sends, checked: clients are not trusted, and a malformed request gets
// InvalidParams, never an exception; a malformed notification is ignored. URIs come out
// canonical (uris.ts), positions clamped.
import type { MentionType } from '@seedlens/core';
import { ErrorCodes, FileChangeType, ResponseError, type Position, type TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { canonicalUri } from './uris.js';
import type { FileChange } from './workspace.js';

export function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** `value` as an object; `what` names it in the error. */
export function record(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid(`${what} must be an object`);
  return value as Record<string, unknown>;
}

/** `textDocument.uri` of an LSP request. */
export function uriParam(params: unknown): string {
  const document = record(record(params, 'params')['textDocument'], 'textDocument');
  const uri = document['uri'];
  if (typeof uri !== 'string' || uri.length === 0) throw invalid('textDocument.uri must be a non-empty string');
  return canonicalUri(uri);
}

function positionOf(value: unknown, what: string): Position {
  const position = record(value, what);
  const { line, character } = position;
  if (typeof line !== 'number' || typeof character !== 'number' || Number.isNaN(line) || Number.isNaN(character)) {
    throw invalid(`${what} must have numeric line and character`);
  }
  // Out-of-range positions are clamped to the document, as LSP asks.
  return { line: Math.max(0, Math.floor(line)), character: Math.max(0, Math.floor(character)) };
}

export function positionParam(params: unknown): Position {
  return positionOf(record(params, 'params')['position'], 'position');
}

export function rangeParam(params: unknown): { start: Position; end: Position } {
  const range = record(record(params, 'params')['range'], 'range');
  return { start: positionOf(range['start'], 'range.start'), end: positionOf(range['end'], 'range.end') };
}

/** `context.includeDeclaration` of a references request: true unless false. */
export function includeDeclarationParam(params: unknown): boolean {
  const context = (params as { context?: { includeDeclaration?: unknown } } | null)?.context;
  return context?.includeDeclaration !== false;
}

/** `query` of a workspace symbol request. */
export function queryParam(params: unknown): string {
  const query = record(params, 'params')['query'];
  if (typeof query !== 'string') throw invalid('query must be a string');
  return query;
}

// ---------------------------------------------------------------- seedlens requests (protocol.ts)

/** `seedlens/relatedArticles`: `{ uri, limit? }`. */
export function relatedArticlesParams(params: unknown): { uri: string; limit: number | undefined } {
  const p = record(params, 'params');
  if (typeof p['uri'] !== 'string' || p['uri'].length === 0) throw invalid('uri must be a non-empty string');
  return { uri: canonicalUri(p['uri']), limit: limitParam(p['limit']) };
}

/** `seedlens/entities`: `{ type?, limit?, offset? }`; no params at all means the first page of every entity. */
export function entitiesParams(params: unknown): { type: MentionType | undefined; limit: number | undefined; offset: number | undefined } {
  const p = params === undefined || params === null ? {} : record(params, 'params');
  return { type: typeParam(p['type']), limit: limitParam(p['limit']), offset: offsetParam(p['offset']) };
}

/** `seedlens/timeline` and `seedlens/articleDates`: an entity by id, or the one at `uri` and `position`; a query; a limit. */
export function timelineParams(params: unknown): {
  entityId: string | undefined;
  uri?: string;
  position?: Position;
  query: string | undefined;
  limit: number | undefined;
} {
  const p = params === undefined || params === null ? {} : record(params, 'params');
  const entityId = optionalString(p['entityId'], 'entityId');
  const at = p['uri'] !== undefined || p['position'] !== undefined ? articlePositionParams(p) : undefined;
  if (entityId !== undefined && at) throw invalid('give entityId or uri and position, not both');
  const query = p['query'];
  if (query !== undefined && query !== null && typeof query !== 'string') throw invalid('query must be a string');
  return { entityId, ...at, query: query ?? undefined, limit: limitParam(p['limit']) };
}

/** `seedlens/places`: a limit of places, and of articles per place. */
export function placesParams(params: unknown): { limit?: number; articles?: number } {
  const p = params === undefined || params === null ? {} : record(params, 'params');
  const limit = limitParam(p['limit']);
  const articles = p['articles'];
  if (articles !== undefined && articles !== null && (typeof articles !== 'number' || !Number.isFinite(articles) || articles < 0)) throw invalid('articles must be a number of at least 0');
  return { ...(limit !== undefined && { limit }), ...(typeof articles === 'number' && { articles: Math.floor(articles) }) };
}

/** `seedlens/entityAt`: `{ uri, position }`. */
export function entityAtParams(params: unknown): { uri: string; position: Position } {
  return articlePositionParams(record(params, 'params'));
}

function limitParam(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) throw invalid('limit must be a positive number');
  return Math.floor(value);
}

function offsetParam(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid('offset must be a number of at least 0');
  return Math.floor(value);
}

/** A non-empty string when given; `what` names it in the error. */
function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${what} must be a non-empty string`);
  return value;
}

const MENTION_TYPES: readonly MentionType[] = ['actor', 'place', 'date'];

function typeParam(value: unknown): MentionType | undefined {
  if (value === undefined || value === null) return undefined;
  if (!MENTION_TYPES.includes(value as MentionType)) throw invalid(`type must be one of ${MENTION_TYPES.join(', ')}`);
  return value as MentionType;
}

/** `uri` and `position` of a custom request (not nested in `textDocument`, unlike LSP's own). */
function articlePositionParams(p: Record<string, unknown>): { uri: string; position: Position } {
  const uri = optionalString(p['uri'], 'uri');
  if (uri === undefined) throw invalid('uri must be a non-empty string');
  return { uri: canonicalUri(uri), position: positionOf(p['position'], 'position') };
}

// ---------------------------------------------------------------- notifications

/** The document of `textDocument/didOpen`; undefined when malformed. */
export function openedDocument(params: unknown): { uri: string; text: string; version: number } | undefined {
  const document = (params as { textDocument?: { uri?: unknown; text?: unknown; version?: unknown } } | null)?.textDocument;
  if (typeof document?.uri !== 'string' || typeof document.text !== 'string') return undefined;
  return { uri: canonicalUri(document.uri), text: document.text, version: typeof document.version === 'number' ? document.version : 0 };
}

/**
 * The document and changes of `textDocument/didChange` (malformed changes left out); undefined when
 * malformed. A change whose range is null, empty or not a range is a change of the whole document,
 * as a change without a range is in LSP: the server's text stays the editor's.
 */
export function changedDocument(params: unknown): { uri: string; changes: TextDocumentContentChangeEvent[]; version: number } | undefined {
  const p = params as { textDocument?: { uri?: unknown; version?: unknown }; contentChanges?: unknown } | null;
  const document = p?.textDocument;
  if (typeof document?.uri !== 'string' || !Array.isArray(p!.contentChanges)) return undefined;
  const changes = p!.contentChanges.flatMap((c: unknown): TextDocumentContentChangeEvent[] => {
    if (c === null || typeof c !== 'object') return [];
    const { text, range } = c as { text?: unknown; range?: unknown };
    if (typeof text !== 'string') return [];
    return [isRange(range) ? { range: { start: range.start, end: range.end }, text } : { text }];
  });
  return { uri: canonicalUri(document.uri), changes, version: typeof document.version === 'number' ? document.version : 0 };
}

function isPosition(value: unknown): value is Position {
  const p = value as { line?: unknown; character?: unknown } | null;
  return p !== null && typeof p === 'object' && Number.isFinite(p.line) && Number.isFinite(p.character);
}

function isRange(value: unknown): value is { start: Position; end: Position } {
  const r = value as { start?: unknown; end?: unknown } | null;
  return r !== null && typeof r === 'object' && isPosition(r.start) && isPosition(r.end);
}

/** `textDocument.uri` of `didClose` and `didSave`; undefined when malformed. */
export function notifiedUri(params: unknown): string | undefined {
  const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
  return typeof uri === 'string' ? canonicalUri(uri) : undefined;
}

const CHANGE_TYPES: Record<number, FileChange['type']> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

/** The changes of `workspace/didChangeWatchedFiles`, those malformed left out. */
export function fileChanges(params: unknown): FileChange[] {
  const changes = (params as { changes?: unknown } | null)?.changes;
  return (Array.isArray(changes) ? changes : []).flatMap((c: { uri?: unknown; type?: unknown } | null): FileChange[] => {
    const type = CHANGE_TYPES[c?.type as number];
    return typeof c?.uri === 'string' && type ? [{ uri: canonicalUri(c.uri), type }] : [];
  });
}
