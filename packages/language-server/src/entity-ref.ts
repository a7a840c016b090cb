import type { MentionKind, MentionType } from '@seedlens/core';
import type { CorpusEntity } from '@seedlens/query';
import { dateInWords } from './date-words.js';

/** An entity as the custom requests name it: enough to show it and to ask about it again by id. */
export interface EntityRef {
  /** Corpus entity id, e.g. `person:valery-gerasimov`; what `seedlens/timeline` takes as `entityId`. */
  id: string;
  /** Canonical name; for a date, its value in words ("16 February 2017"), as workspace symbols show it. */
  name: string;
  type: MentionType;
  kind?: MentionKind;
}

export function entityRef(entity: CorpusEntity): EntityRef {
  const name = entity.type === 'date' ? dateInWords(entity.value ?? entity.name) : entity.name;
  return { id: entity.id, name, type: entity.type, ...(entity.kind !== undefined && { kind: entity.kind }) };
}
