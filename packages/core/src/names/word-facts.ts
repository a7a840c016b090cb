import { memoize } from '../memoize.js';
import type { Token } from '../segment/tokenize.js';
import { COMMON, demonymPlace, GIVEN, lookupPlace, mayBeListed, MULTI_WORD_PLACE_REST, MULTI_WORD_PLACE_START, nameListFlags, PERSONAL, type PlaceEntry } from './gazetteer.js';
import { isGroupWord as inGroupList } from './groups.js';
import { LEADING_ORG_HEAD, ORG_HEAD, orgHeadFlags } from './org-heads.js';
import { SERVICE, TITLE, TITLE_HEAD, titleFlags } from './titles.js';

/** What every word list says of one word. */
export interface WordFacts {
  readonly flags: number;
  /** The place a nationality word points at ("Russian" → place:russia). */
  readonly demonym: string | undefined;
  /** The word alone as a known place. */
  readonly place: PlaceEntry | undefined;
}

// One bit per list, so that a word's facts are one number.
const B_GIVEN = 1 << 0;
const B_PERSONAL = 1 << 1;
const B_COMMON = 1 << 2;
const B_MULTI_START = 1 << 3;
const B_TITLE = 1 << 4;
const B_TITLE_HEAD = 1 << 5;
const B_SERVICE = 1 << 6;
const B_ORG_HEAD = 1 << 7;
const B_LEADING_ORG_HEAD = 1 << 8;
const B_GROUP = 1 << 9;
const B_MULTI_REST = 1 << 10;

// Name finding asks a dozen questions of every capitalized word, and the same words recur across
// articles: each distinct word is looked up in every list once, and every later question is a
// bit test. One table, not one per list, because hash look-ups of fresh strings dominated.
const factsOfWord = memoize((word: string): WordFacts => {
  // Most words of a text of ever new names are in none of the large lists: a filter says so.
  const listed = mayBeListed(word);
  const names = listed ? nameListFlags(word) : 0;
  const titles = titleFlags(word);
  const heads = orgHeadFlags(word);
  const flags =
    (names & GIVEN ? B_GIVEN : 0) |
    (names & PERSONAL ? B_PERSONAL : 0) |
    (names & COMMON ? B_COMMON : 0) |
    (names & MULTI_WORD_PLACE_START ? B_MULTI_START : 0) |
    (names & MULTI_WORD_PLACE_REST ? B_MULTI_REST : 0) |
    (titles & TITLE ? B_TITLE : 0) |
    (titles & TITLE_HEAD ? B_TITLE_HEAD : 0) |
    (titles & SERVICE ? B_SERVICE : 0) |
    (heads & ORG_HEAD ? B_ORG_HEAD : 0) |
    (heads & LEADING_ORG_HEAD ? B_LEADING_ORG_HEAD : 0) |
    (inGroupList(word) ? B_GROUP : 0);
  const demonym = listed ? demonymPlace(word) : undefined;
  const place = listed ? lookupPlace(word) : undefined;
  // Most words are in no list: they share one answer, so that a text of ever new words (issue 13)
  // does not leave an object per word behind in the table.
  return flags === 0 && demonym === undefined && place === undefined ? NO_FACTS : { flags, demonym, place };
});
const NO_FACTS: WordFacts = Object.freeze({ flags: 0, demonym: undefined, place: undefined });

/** The facts of a word; of a token, remembered on the token (tokens are asked again and again). */
export function factsOf(word: string | Token): WordFacts {
  if (typeof word === 'string') return factsOfWord(word);
  return (word.facts ??= factsOfWord(word.text));
}

/** The bits of `WordFacts.flags`, for callers that read several facts of one word at once. */
export const FACT = {
  given: B_GIVEN,
  personal: B_PERSONAL,
  common: B_COMMON,
  multiStart: B_MULTI_START,
  multiRest: B_MULTI_REST,
  title: B_TITLE,
  titleHead: B_TITLE_HEAD,
  service: B_SERVICE,
  orgHead: B_ORG_HEAD,
  leadingOrgHead: B_LEADING_ORG_HEAD,
  group: B_GROUP,
} as const;

const has = (bit: number) => (word: string | Token): boolean => (factsOf(word).flags & bit) !== 0;
export const isGivenName = has(B_GIVEN);
/** A given name or a family name. */
export const isPersonalName = has(B_PERSONAL | B_GIVEN);
export const isCommonWord = has(B_COMMON);
/** Some place of several words starts with this word ("United" → United States). */
export const startsMultiWordPlace = has(B_MULTI_START);
/** Some place of several words has this word after its first ("States" in United States). */
export const continuesMultiWordPlace = has(B_MULTI_REST);
export const isTitleWord = has(B_TITLE);
/** A word that closes a title: a name may follow it directly. */
export const isTitleHead = has(B_TITLE_HEAD);
/** An armed service inside a rank ("Army Gen."). */
export const isServiceWord = has(B_SERVICE);
export const isOrgHead = has(B_ORG_HEAD);
/** An organization head that comes first ("Ministry of Defense"). */
export const isLeadingOrgHead = has(B_LEADING_ORG_HEAD);
/** "Kurds", "Muslim", "Soviet": a group or bloc word, not a name. */
export const isGroupWord = has(B_GROUP);
export const demonymOf = (word: string | Token): string | undefined => factsOf(word).demonym;
