// What a new version of an article changes in the join, against the version the corpus holds: the
// keys whose contribution differs. An edit of a large open document leaves most of its names as
// they were, and removing then adding back an identical contribution leaves a key exactly as it
// was (the same postings, tallies and counts; the rules see the same key); so only the keys that
// differ need to change when the new version is indexed, and the step that indexes it at once
// (staged-article.ts) stays as small as the edit, not as the document.
import type { EntityJoin } from './entity-join.js';
import type { KeyContribution } from './entity-keys.js';
import type { PreparedKey } from './prepared-keys.js';
import { STEP_ITEMS, type TimeSlicer } from '../../time-slice.js';

export interface KeyChanges {
  /** The previous version's contributions that the new one does not repeat exactly: to subtract. */
  removed: KeyContribution[];
  /** The new version's contributions that differ, and their prepared answers: to add. */
  added: KeyContribution[];
  addedPrepared: PreparedKey[];
  /** For each of the new version's keys: its key id when unchanged, else -1 - its index in `added`. */
  ids: Int32Array;
}

/**
 * The changes from `previous` (what the article held contributes, its key ids being the join's
 * while it is held) to `next`. Valid as long as the article held is: its keys keep their ids.
 */
export async function keyChanges(
  join: EntityJoin,
  previous: readonly KeyContribution[],
  next: readonly KeyContribution[],
  prepared: readonly PreparedKey[],
  slicer: TimeSlicer,
): Promise<KeyChanges> {
  const before = new Map<string, KeyContribution>();
  for (let i = 0; i < previous.length; i++) {
    before.set(previous[i]!.key, previous[i]!);
    if (i % STEP_ITEMS === STEP_ITEMS - 1) await slicer.pause();
  }
  const kept = new Set<KeyContribution>();
  const added: KeyContribution[] = [];
  const addedPrepared: PreparedKey[] = [];
  const ids = new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const c = next[i]!;
    const old = before.get(c.key);
    const id = old && sameContribution(old, c) ? join.keyId(c.key) : undefined;
    if (id !== undefined) {
      kept.add(old!);
      ids[i] = id;
    } else {
      ids[i] = -1 - added.length;
      added.push(c);
      addedPrepared.push(prepared[i]!);
    }
    if (i % STEP_ITEMS === STEP_ITEMS - 1) await slicer.pause();
  }
  await slicer.pause();
  const removed = kept.size === 0 ? [...previous] : previous.filter((c) => !kept.has(c));
  return { removed, added, addedPrepared, ids };
}

/** Whether two contributions of one key add the same to it (tallies in the same order too). */
function sameContribution(a: KeyContribution, b: KeyContribution): boolean {
  return (
    a.key === b.key &&
    a.type === b.type &&
    a.mentions === b.mentions &&
    a.value === b.value &&
    sameItems(a.words, b.words) &&
    sameItems(a.surfaces, b.surfaces) &&
    sameItems(a.kinds, b.kinds) &&
    sameItems(a.aliasWords, b.aliasWords)
  );
}

function sameItems(a: ReadonlyArray<unknown>, b: ReadonlyArray<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
