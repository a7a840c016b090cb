// The session's lifecycle, as LSP lays it down: nothing but `initialize` (and `exit`) before
// `initialize`; `initialize` once; nothing but `exit` after `shutdown`. vscode-languageserver
// dispatches every message whatever the state, so server.ts asks `admit` about each incoming
// message first (through the connection's message strategy).
import { ErrorCodes } from 'vscode-languageserver';

/** An incoming JSON-RPC message, as far as the lifecycle looks at it. */
export interface IncomingMessage {
  jsonrpc: string;
  method?: string;
  id?: number | string | null;
  params?: unknown;
}

/** Handle the message (as given: `params: null` taken out), refuse a request with an error, or drop a notification. */
export type Admission<M> = { handle: M } | { refuse: { code: number; message: string } } | 'drop';

type State = 'new' | 'running' | 'shut down';

export class Lifecycle {
  private state: State = 'new';

  get initialized(): boolean {
    return this.state !== 'new';
  }

  get shutDown(): boolean {
    return this.state === 'shut down';
  }

  admit<M extends IncomingMessage>(message: M): Admission<M> {
    if (typeof message.method !== 'string') return { handle: message }; // a response to a request of ours
    // `params: null` is no JSON-RPC params: as if left out, so that a request that needs params is
    // answered InvalidParams by the library, and one that takes none (shutdown) is handled.
    const handle = message.params === null ? { ...message, params: undefined } : message;
    const request = message.id !== undefined;
    if (!request) {
      if (message.method === 'exit') return { handle };
      return this.state === 'running' ? { handle } : 'drop';
    }
    if (message.method === 'initialize') {
      if (this.state !== 'new') return refuse(ErrorCodes.InvalidRequest, 'the server is already initialized: initialize is sent once');
      if (message.params === null || typeof message.params !== 'object' || Array.isArray(message.params)) {
        return refuse(ErrorCodes.InvalidParams, 'initialize: params must be an object');
      }
      this.state = 'running';
      return { handle };
    }
    if (this.state === 'new') return refuse(ErrorCodes.ServerNotInitialized, `${message.method}: the server is not initialized yet`);
    if (this.state === 'shut down') return refuse(ErrorCodes.InvalidRequest, `${message.method}: the server is shut down; only exit is accepted`);
    if (message.method === 'shutdown') this.state = 'shut down';
    return { handle };
  }
}

function refuse(code: number, message: string): Admission<never> {
  return { refuse: { code, message } };
}
