import { ErrorCodes, FileChangeType, ResponseError } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { changedDocument, entitiesParams, fileChanges, includeDeclarationParam, openedDocument, positionParam, timelineParams, uriParam } from './client-params.js';

const invalidParams = (run: () => unknown): number | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ResponseError ? error.code : -1;
  }
};

describe('request parameters', () => {
  it('reads a canonical uri and a clamped position, and rejects malformed ones as InvalidParams', () => {
    expect(uriParam({ textDocument: { uri: 'file:///a%20b.txt' } })).toBe('file:///a%20b.txt');
    expect(uriParam({ textDocument: { uri: 'file:///a b.txt' } })).toBe('file:///a%20b.txt');
    expect(positionParam({ position: { line: -3, character: 2.7 } })).toEqual({ line: 0, character: 2 });
    for (const bad of [null, {}, { textDocument: 5 }, { textDocument: { uri: '' } }]) expect(invalidParams(() => uriParam(bad))).toBe(ErrorCodes.InvalidParams);
    expect(invalidParams(() => positionParam({ position: { line: 'x', character: 0 } }))).toBe(ErrorCodes.InvalidParams);
  });

  it('includes the declaration in references unless told not to', () => {
    expect(includeDeclarationParam({})).toBe(true);
    expect(includeDeclarationParam(null)).toBe(true);
    expect(includeDeclarationParam({ context: { includeDeclaration: false } })).toBe(false);
  });

  it('reads the seedlens requests: a first page of entities, a timeline by entity or by position', () => {
    expect(entitiesParams(undefined)).toEqual({ type: undefined, limit: undefined, offset: undefined });
    expect(entitiesParams({ type: 'place', limit: 2.5, offset: 0 })).toEqual({ type: 'place', limit: 2, offset: 0 });
    expect(invalidParams(() => entitiesParams({ type: 'thing' }))).toBe(ErrorCodes.InvalidParams);
    expect(timelineParams({ entityId: 'place:baku', query: 'x' })).toEqual({ entityId: 'place:baku', query: 'x', limit: undefined });
    expect(timelineParams({ uri: 'file:///a.txt', position: { line: 1, character: 0 } })).toMatchObject({ uri: 'file:///a.txt', position: { line: 1, character: 0 } });
    expect(invalidParams(() => timelineParams({ entityId: 'place:baku', uri: 'file:///a.txt', position: { line: 0, character: 0 } }))).toBe(ErrorCodes.InvalidParams);
    expect(invalidParams(() => timelineParams({ query: 3 }))).toBe(ErrorCodes.InvalidParams);
  });
});

describe('notification parameters', () => {
  it('reads opened and changed documents, leaving malformed ones and changes out', () => {
    expect(openedDocument({ textDocument: { uri: 'file:///a.txt', text: 'T', version: 3 } })).toEqual({ uri: 'file:///a.txt', text: 'T', version: 3 });
    expect(openedDocument({ textDocument: { uri: 'file:///a.txt' } })).toBeUndefined();
    expect(changedDocument({ textDocument: { uri: 'file:///a.txt' }, contentChanges: [{ text: 'x' }, null, { range: {} }] })).toEqual({
      uri: 'file:///a.txt',
      changes: [{ text: 'x' }],
      version: 0,
    });
    expect(changedDocument({ textDocument: { uri: 'file:///a.txt' } })).toBeUndefined();
  });

  it('takes a change whose range is null, empty or not a range as a change of the whole document', () => {
    const range = { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } };
    const changes = [{ range: null, text: 'a' }, { range: {}, text: 'b' }, { range: { start: { line: 0 } }, text: 'c' }, { range, rangeLength: 'x', text: 'd' }];
    expect(changedDocument({ textDocument: { uri: 'file:///a.txt', version: 2 }, contentChanges: changes })).toEqual({
      uri: 'file:///a.txt',
      changes: [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { range, text: 'd' }],
      version: 2,
    });
  });

  it('reads file changes of known types only', () => {
    const changes = [
      { uri: 'file:///a.txt', type: FileChangeType.Created },
      { uri: 'file:///b.txt', type: FileChangeType.Deleted },
      { uri: 'file:///c.txt', type: 9 },
      { type: FileChangeType.Changed },
      null,
    ];
    expect(fileChanges({ changes })).toEqual([
      { uri: 'file:///a.txt', type: 'created' },
      { uri: 'file:///b.txt', type: 'deleted' },
    ]);
    expect(fileChanges(undefined)).toEqual([]);
  });
});
