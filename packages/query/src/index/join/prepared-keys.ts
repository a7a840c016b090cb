// What an article's contribution makes of a name key when that article is the only one to have it
// (a name new to the corpus, or one only this article's previous text had): the rules of the join
// (join-rules.ts) are pure functions of a key's own tallies, so their answers can be worked out
// before the article is indexed, a slice at a time, and the synchronous step that indexes it
// (EntityJoin.settle) only takes them. A large document of names the corpus has never seen
// otherwise spends seconds re-deriving them on the thread that answers requests.
import type { KeyContribution } from './entity-keys.js';
import { type KeyRecord, addContribution, emptyKey } from './join-keys.js';
import { type Description, describe, keyCorpusId, nameWords } from './join-rules.js';

export interface PreparedKey {
  /** `describe` of the key. */
  description: Description;
  /** `nameWords` of the key. */
  words: string[];
  /** `keyCorpusId` of the key. */
  corpusId: string;
  /**
   * The key as the contribution alone makes it (its posting under article 0), for the join to take
   * over as it is when the key is new, rather than build it again in the synchronous step.
   */
  record: KeyRecord;
}

/** The answers of the rules for a key that only the article contributing `c` has. */
export function prepareKey(c: KeyContribution): PreparedKey {
  const k: KeyRecord = emptyKey(-1, c);
  // The same tallies as the key will have: made by the same code as the join's.
  addContribution(k, 0, c);
  return { description: describe(k), words: nameWords(k), corpusId: keyCorpusId(k), record: k };
}
