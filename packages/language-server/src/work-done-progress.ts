import type { Connection } from 'vscode-languageserver';
import type { ProgressSink } from './workspace.js';

const PROGRESS_CREATE_TIMEOUT_MS = 2000;

/**
 * A progress report in the client (`window/workDoneProgress`) for one indexing run. A client that
 * never answers the create request must not hold indexing up: after a while, none is shown.
 */
export async function workDoneProgress(connection: Connection, title: string): Promise<ProgressSink> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reporter = await Promise.race([
    connection.window
      .createWorkDoneProgress()
      .catch(() => undefined)
      .finally(() => clearTimeout(timer)),
    new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), PROGRESS_CREATE_TIMEOUT_MS))),
  ]);
  reporter?.begin(title, 0, undefined, false);
  return {
    report: (done, total) => reporter?.report(total > 0 ? Math.floor((100 * done) / total) : 0, `${done}/${total} files`),
    done: () => reporter?.done(),
  };
}
