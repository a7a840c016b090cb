import { WatchKind, type FileSystemWatcher } from 'vscode-languageserver';

/**
 * The files the client is asked to watch: the articles' include globs, under each workspace
 * folder when the client takes relative patterns, and every deletion.
 */
export function fileWatchers(roots: readonly string[], include: readonly string[], relativePatterns: boolean): FileSystemWatcher[] {
  const watchers: FileSystemWatcher[] =
    relativePatterns && roots.length > 0
      ? roots.flatMap((baseUri) => include.map((pattern) => ({ globPattern: { baseUri, pattern } })))
      : include.map((pattern) => ({ globPattern: pattern }));
  // A deleted folder is reported as the folder alone; its articles must go too.
  watchers.push({ globPattern: '**/*', kind: WatchKind.Delete });
  return watchers;
}
