import type { MentionKind } from '@seedlens/core';

/** Every kind core gives actors and places, in a fixed order (bit positions of kind sets). */
export const MENTION_KINDS: readonly MentionKind[] = ['person', 'organization', 'country', 'city', 'region', 'water', 'continent', 'other'];

export function kindBit(kind: MentionKind): number {
  return 1 << MENTION_KINDS.indexOf(kind);
}
