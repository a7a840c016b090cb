/**
 * The tagger's labels: BILOU tags (Begin, Inside, Last, Unit) for four kinds of name, as in
 * CoNLL-2003. "Other" names (CoNLL's MISC: nationalities, events, works) are learnt as a class of
 * their own so that they stop being guessed as actors or places; they are dropped after tagging.
 */
export const NAME_TYPES = ['person', 'organization', 'place', 'other'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** Tag 0 is O (outside any name); type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t. */
export const TAG_COUNT = 1 + 4 * NAME_TYPES.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

const tagOf = (type: number, part: number): number => 1 + type * 4 + part;
/** The name type of a tag (an index into NAME_TYPES), -1 for O. */
export const typeOfTag = (tag: number): number => (tag === O ? -1 : (tag - 1) >> 2);
const partOf = (tag: number): number => (tag - 1) & 3;

export function tagName(tag: number): string {
  return tag === O ? 'O' : `${'BILU'[partOf(tag)]}-${NAME_TYPES[typeOfTag(tag)]}`;
}

/** A name as a run of tokens, `last` inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
  type: number;
}

/** BILOU tags for `count` tokens from non-overlapping spans. */
export function spansToTags(count: number, spans: readonly TokenSpan[]): Uint8Array {
  const tags = new Uint8Array(count);
  for (const s of spans) {
    if (s.first === s.last) tags[s.first] = tagOf(s.type, U);
    else {
      tags[s.first] = tagOf(s.type, B);
      for (let i = s.first + 1; i < s.last; i++) tags[i] = tagOf(s.type, I);
      tags[s.last] = tagOf(s.type, L);
    }
  }
  return tags;
}

/** The spans that a valid BILOU sequence spells. */
export function tagsToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === O) continue;
    const part = partOf(tag);
    if (part === U) spans.push({ first: i, last: i, type: typeOfTag(tag) });
    else if (part === B) open = i;
    else if (part === L && open >= 0) {
      spans.push({ first: open, last: i, type: typeOfTag(tag) });
      open = -1;
    }
  }
  return spans;
}

/**
 * Which tag may follow which: `ALLOWED[a * TAG_COUNT + b]` is 1 when b may follow a. Row
 * TAG_COUNT is the start of a sequence; column TAG_COUNT its end. Decoding never leaves a name open.
 */
export const ALLOWED: Uint8Array = (() => {
  const n = TAG_COUNT + 1;
  const allowed = new Uint8Array(n * n);
  const opens = (t: number) => t !== O && t !== TAG_COUNT && (partOf(t) === B || partOf(t) === I);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let ok: boolean;
      if (b === TAG_COUNT) ok = !opens(a) && a !== TAG_COUNT;
      else if (opens(a)) ok = b !== O && typeOfTag(b) === typeOfTag(a) && (partOf(b) === I || partOf(b) === L);
      else ok = b === O || partOf(b) === B || partOf(b) === U;
      allowed[a * n + b] = ok ? 1 : 0;
    }
  }
  return allowed;
})();
