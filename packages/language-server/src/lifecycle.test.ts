import { ErrorCodes } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { Lifecycle } from './lifecycle.js';

const request = (id: number, method: string, params?: unknown) => ({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
const notification = (method: string, params?: unknown) => ({ jsonrpc: '2.0', method, params });
const code = (admission: unknown) => (admission as { refuse?: { code: number } }).refuse?.code;

describe('Lifecycle', () => {
  it('refuses requests before initialize and drops notifications, except exit', () => {
    const life = new Lifecycle();
    expect(code(life.admit(request(1, 'textDocument/hover', {})))).toBe(ErrorCodes.ServerNotInitialized);
    expect(code(life.admit(request(2, 'shutdown')))).toBe(ErrorCodes.ServerNotInitialized);
    expect(life.admit(notification('textDocument/didOpen', {}))).toBe('drop');
    expect(life.admit(notification('exit'))).toEqual({ handle: notification('exit') });
    expect(life.initialized).toBe(false);
  });

  it('takes initialize once, with params that are an object', () => {
    const life = new Lifecycle();
    expect(code(life.admit(request(1, 'initialize', null)))).toBe(ErrorCodes.InvalidParams);
    expect(code(life.admit(request(2, 'initialize', [1])))).toBe(ErrorCodes.InvalidParams);
    expect(life.admit(request(3, 'initialize', { capabilities: {} }))).toHaveProperty('handle');
    expect(code(life.admit(request(4, 'initialize', { capabilities: {} })))).toBe(ErrorCodes.InvalidRequest);
    expect(life.admit(notification('initialized', {}))).toHaveProperty('handle');
  });

  it('takes params: null as no params', () => {
    const life = new Lifecycle();
    life.admit(request(1, 'initialize', {}));
    expect(life.admit(request(2, 'textDocument/hover', null))).toEqual({ handle: { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: undefined } });
  });

  it('refuses every request after shutdown, and lets exit through', () => {
    const life = new Lifecycle();
    life.admit(request(1, 'initialize', {}));
    expect(life.admit(request(2, 'shutdown'))).toHaveProperty('handle');
    expect(life.shutDown).toBe(true);
    expect(code(life.admit(request(3, 'textDocument/hover', {})))).toBe(ErrorCodes.InvalidRequest);
    expect(code(life.admit(request(4, 'shutdown')))).toBe(ErrorCodes.InvalidRequest);
    expect(life.admit(notification('textDocument/didChange', {}))).toBe('drop');
    expect(life.admit(notification('exit'))).toHaveProperty('handle');
    // A response to a request of the server's own passes whatever the state.
    expect(life.admit({ jsonrpc: '2.0', id: 7, result: null } as never)).toHaveProperty('handle');
  });
});
