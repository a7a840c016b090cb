import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';

/** The other mentions, in this article, of the entity under the cursor. */
export function documentHighlights(view: CorpusView, uri: string, position: Position): DocumentHighlight[] | null {
  const positions = view.positions(uri);
  const offset = positions?.offset(position);
  if (positions === undefined || offset === undefined) return null;
  const found = view.corpus.mentionAt(uri, offset);
  if (!found) return null;
  const highlights: DocumentHighlight[] = [];
  for (const other of view.corpus.mentionsIn(uri)) {
    if (other.entityId !== found.entityId) continue;
    const range = positions.range(other.mention.start, other.mention.end);
    if (range) highlights.push({ range, kind: DocumentHighlightKind.Text });
  }
  return highlights;
}
