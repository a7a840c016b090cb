import { printable } from './printable.js';

/** Where a command writes, and what it may know about its environment; injected so commands run in tests. */
export interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Colour is allowed: stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
  /** stderr is a terminal: long runs may redraw a progress line there. */
  progress?: boolean;
}

/** Exit codes: 0 success, 1 some input failed, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function processIo(): Io {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    color: Boolean(process.stdout.isTTY) && !noColor,
    progress: Boolean(process.stderr.isTTY),
  };
}

/**
 * `seedlens: <subject>: <reason>` — the one-line form of every message on stderr. Both are made
 * printable: the subject is often a file name, and a reason may quote one.
 */
export function reportError(io: Io, subject: string, reason: string): void {
  io.stderr.write(`seedlens: ${printable(subject)}: ${printable(reason)}\n`);
}

/**
 * A malformed query on stderr: the message, the query again, and a caret under the offending
 * character (counted in the query as printed, control characters shown as `\x1b`).
 */
export function reportQueryError(io: Io, error: { message: string; offset: number; query: string }): void {
  const at = printable(error.query.slice(0, error.offset)).length;
  io.stderr.write(`seedlens: ${printable(error.message)}\n  ${printable(error.query)}\n  ${' '.repeat(at)}^\n`);
}
