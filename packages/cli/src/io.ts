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

/** `seedlens: <subject>: <reason>` — the one-line form of every message on stderr. */
export function reportError(io: Io, subject: string, reason: string): void {
  io.stderr.write(`seedlens: ${subject}: ${reason}\n`);
}
