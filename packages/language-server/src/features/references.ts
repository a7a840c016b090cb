import type { Location, Position } from 'vscode-languageserver';
import type { Cancellation, CorpusView } from '../corpus-view.js';

/**
 * Every mention in the corpus of the entity under the cursor, by article then position.
 * Without `includeDeclaration` the entity's first mention (its definition) is left out.
 * Undefined when cancelled.
 */
export function references(
  view: CorpusView,
  uri: string,
  position: Position,
  options: { includeDeclaration?: boolean; token?: Cancellation } = {},
): Location[] | null | undefined {
  const offset = view.positions(uri)?.offset(position);
  if (offset === undefined) return null;
  const found = view.corpus.mentionAt(uri, offset);
  if (!found) return null;
  const first = options.includeDeclaration === false ? view.corpus.firstMention(found.entityId) : undefined;
  const locations: Location[] = [];
  let i = 0;
  for (const mention of view.corpus.mentionsOf(found.entityId)) {
    if ((i++ & 127) === 0 && options.token?.isCancellationRequested) return undefined;
    if (first && mention.uri === first.uri && mention.mention.start === first.mention.start) continue;
    const range = view.positions(mention.uri)?.range(mention.mention.start, mention.mention.end);
    if (range) locations.push({ uri: mention.uri, range });
  }
  return locations;
}
