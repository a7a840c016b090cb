import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { invalid, record } from './client-params.js';
import { COMMANDS, COMMAND_IDS, openRelatedTarget } from './commands.js';
import type { IndexSummary } from './protocol.js';

/** What carrying out a command needs of the server. */
export interface CommandHost {
  /** Whether the client can show a document (`window/showDocument`). */
  canShowDocument: boolean;
  showDocument(uri: string): Promise<boolean>;
  reindex(): Promise<IndexSummary | undefined>;
}

/** Carries out `workspace/executeCommand`: its result, or the error to answer with. */
export async function executeCommand(params: unknown, host: CommandHost): Promise<unknown> {
  try {
    const command = record(params, 'params')['command'];
    if (command === COMMANDS.openRelated) {
      const uri = openRelatedTarget((params as { arguments?: unknown }).arguments);
      if (!uri) throw invalid(`${COMMANDS.openRelated} takes one argument, the URI of an article`);
      if (!host.canShowDocument) return { uri, shown: false };
      return { uri, shown: await host.showDocument(uri) };
    }
    if (command === COMMANDS.reindex) return (await host.reindex()) ?? null;
    throw invalid(`unknown command ${String(command)}; known: ${COMMAND_IDS.join(', ')}`);
  } catch (error) {
    if (error instanceof ResponseError) return error;
    return new ResponseError(ErrorCodes.InternalError, error instanceof Error ? error.message : String(error));
  }
}
