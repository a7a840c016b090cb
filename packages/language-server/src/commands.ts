/** Commands the server carries out (`workspace/executeCommand`); every client can run them. */
export const COMMANDS = {
  /** Arguments: `[uri: string]`. Asks the client to show that article (`window/showDocument`). */
  openRelated: 'seedlens.openRelated',
  /** No arguments. Reads the workspace's articles again. */
  reindex: 'seedlens.reindex',
} as const;

export const COMMAND_IDS: string[] = Object.values(COMMANDS);

/** The article URI of an `openRelated` call, or undefined when the arguments are not one string. */
export function openRelatedTarget(args: unknown): string | undefined {
  if (!Array.isArray(args)) return undefined;
  const [uri] = args;
  return typeof uri === 'string' && uri.length > 0 ? uri : undefined;
}
