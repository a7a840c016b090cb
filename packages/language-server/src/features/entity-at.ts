import type { Position } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';
import { entityRef, type EntityRef } from '../entity-ref.js';

/** The entity mentioned at `position` (touching a mention's end counts); null when there is none. */
export function entityAt(view: CorpusView, uri: string, position: Position): EntityRef | null {
  const offset = view.positions(uri)?.offset(position);
  if (offset === undefined) return null;
  const found = view.corpus.mentionAt(uri, offset);
  const entity = found && view.corpus.entity(found.entityId);
  return entity ? entityRef(entity) : null;
}
