import type { Token } from '../segment/tokenize.js';
import type { ActorKind, PlaceKind } from '../types.js';
import { stripPossessive } from './candidates.js';
import { lookupPlace } from './gazetteer.js';
import { continuesMultiWordPlace, demonymOf, factsOf, isCommonWord, isGivenName, isGroupWord, isLeadingOrgHead, isOrgHead, isPersonalName, startsMultiWordPlace } from './word-facts.js';
import type { Piece } from './split.js';

export type NameClass =
  | { type: 'actor'; kind: ActorKind; placeId?: undefined }
  | { type: 'place'; kind: PlaceKind; placeId: string };

const WATER_HEAD = /^(?:Sea|Ocean|River|Lake|Gulf|Bay|Strait|Straits|Canal|Channel)$/;
const REGION_HEAD = /^(?:Province|Governorate|Region|Oblast|District|County|Prefecture|Valley|Peninsula|Mountains|Desert|Islands|Heights|Plateau)$/;
const CITY_HEAD = /^(?:City)$/;
const ACRONYM = /^(?:\p{Lu}{2,6}|\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}{2,5}-\p{Lu})$/u;
const SAY_VERBS = /^(?:said|says|told|added|noted|stated|argued|wrote|asked|warned|explained|insisted|replied|believes|thinks)$/;
const PARTICLE = /^(?:al|el|bin|ibn|abu|ben|de|da|di|del|van|von|der|den|le|la|du)$/i;
const SHIP_PREFIX = /^(?:USS|HMS|INS|RFS|HMCS|HMAS)$/;
const COMPASS = /^(?:North|South|East|Northeast|Northwest|Southeast|Southwest)$/;
// "Turkish strongman", "Islamic awakening": a proper adjective before a noun.
const ADJECTIVE_SUFFIX = /(?:ish|ic|ian|ean|ese)$/;
const NARROW_LOCATIVE = /^(?:in|at|near|across|outside|inside|around|into)$/;
const CALENDAR = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// A name followed by these is an actor even when it is also a word ("the Trump administration").
const ACTOR_NOUNS = /^(?:administration|campaign|presidency|regime|government|cabinet|era|doctrine|loyalists|supporters)$/;
const CONTRACTION = /['’](?:m|ll|re|ve|d|t)$/i;
const hasApostropheOrHyphen = (word: string): boolean => word.includes('-') || word.includes("'") || word.includes('’');
const LOCATIVE = /^(?:in|at|near|from|across|outside|inside|around|into|toward|towards|via|of)$/;
// "the border of Turkey", but "the nation-state of Kemal Ataturk": after "of", several unknown
// capitalized words are more often a person than a place.
const PHRASE_LOCATIVE = /^(?:in|at|near|from|across|outside|inside|around|into|toward|towards|via)$/;
// "Berliners", "Parisians": people of a place.
const INHABITANTS = /^(\p{Lu}\p{Ll}+?)(?:ers|ians)$/u;

export interface Context {
  text: string;
  prev?: Token | undefined;
  next?: Token | undefined;
  /** Length of a country name that follows the name after a comma ("Al-Ain, United Arab Emirates"), else 0. */
  commaCountry?: number;
  sentenceStart?: boolean;
}

/** Person, organization or place for one piece, from gazetteers, head words and context. */
export function classify(piece: Piece, ctx: Context): NameClass | null {
  const kept = piece.tokens.filter((t) => t.word);
  const words = kept.map((t) => stripPossessive(t.text));
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const first = words[0]!;
  // What the word lists say is asked of the token where the possessive took nothing off: tokens
  // remember their facts, so each is looked up once however often it is asked.
  const asked = kept.map((t, i) => (words[i] === t.text ? t : words[i]!));
  const lastAsked = asked[asked.length - 1]!;
  const firstAsked = asked[0]!;
  const place =
    words.length === 1
      ? piece.tokens.length === 1
        ? factsOf(firstAsked).place
        : lookupPlace(first)
      : // A known place of several words has each of its words where the gazetteer has them.
        startsMultiWordPlace(firstAsked) && asked.every((w, i) => i === 0 || continuesMultiWordPlace(w))
        ? lookupPlace(words.join(' '))
        : undefined;
  if (piece.hint === 'place' && place) return { type: 'place', kind: place.kind, placeId: place.id };
  if (piece.hint === 'person') return { type: 'actor', kind: 'person' };
  if (piece.hint === 'organization') return { type: 'actor', kind: 'organization' };
  const next = ctx.next?.text ?? '';
  const prev = ctx.prev?.text ?? '';
  if (place?.weak && words.length === 1 && !LOCATIVE.test(prev)) return { type: 'actor', kind: 'person' };
  if (place) return { type: 'place', kind: place.kind, placeId: place.id };
  // "AL-AIN, United Arab Emirates", "Ufa, Russia": a place named with its country is a city.
  if (ctx.commaCountry && !isPersonalName(lastAsked) && !isOrgHead(lastAsked)) return { type: 'place', kind: 'city', placeId: '' };

  if (words.length > 1) {
    if (SHIP_PREFIX.test(first)) return null;
    // "Muslim Turkish workers": a phrase ending in a nationality word describes, it names nothing.
    if (demonymOf(lastAsked) && !isOrgHead(lastAsked)) return null;
    if (WATER_HEAD.test(last) || /^(?:Sea|Gulf|Lake|Bay)$/.test(first)) return { type: 'place', kind: 'water', placeId: '' };
    if (REGION_HEAD.test(last)) return { type: 'place', kind: 'region', placeId: '' };
    if (CITY_HEAD.test(last)) return { type: 'place', kind: 'city', placeId: '' };
    if (isOrgHead(lastAsked) || isLeadingOrgHead(firstAsked) || asked.some((w, i) => i > 0 && isOrgHead(w) && (words[i + 1] === 'of' || words[i + 1] === 'for'))) return { type: 'actor', kind: 'organization' };
    if (ctx.text.slice(piece.tokens[0]!.start, piece.tokens[0]!.end) === 'The') return { type: 'actor', kind: 'organization' };
    // Names of people are rarely made of common words; events, works and policies are.
    const nameLike = asked.filter((_, i) => words[i]!.length > 1 && words[i] !== 'of');
    const common = nameLike.filter((w) => isCommonWord(w) && !isGivenName(w) && !isPersonalName(w) && !PARTICLE.test(typeof w === 'string' ? w : w.text));
    // A nationality word before words that are no organization: an event or a thing.
    if (piece.demonym) return null;
    if (common.length === 0 || (isGivenName(firstAsked) && common.length < nameLike.length - 1)) {
      if (words.includes('of')) return null;
      const startsAtPlace = prev === 'of' && lookupPlace(first) !== undefined;
      if ((PHRASE_LOCATIVE.test(prev) && !isGivenName(firstAsked)) || startsAtPlace) return { type: 'place', kind: 'other', placeId: '' };
      return { type: 'actor', kind: 'person' };
    }
    return null;
  }

  // One word.
  const word = first;
  const wordAsked = firstAsked;
  if (word.length < 2 || CALENDAR.test(word) || (hasApostropheOrHyphen(word) && (CONTRACTION.test(word) || /-\p{Ll}+$/u.test(word)))) return null;
  if (demonymOf(wordAsked) || (word.endsWith('s') && demonymOf(word.slice(0, -1))) || isGroupWord(wordAsked)) return null;
  // Only words ending in "ers" or "ians" can name inhabitants: the others skip the regex.
  const inhabitants = word.endsWith('ers') || word.endsWith('ians') ? INHABITANTS.exec(word) : null;
  if (inhabitants && lookupPlace(inhabitants[1]!)) return null;
  if (ACTOR_NOUNS.test(next)) return isCommonWord(wordAsked) || isPersonalName(wordAsked) ? { type: 'actor', kind: 'person' } : { type: 'actor', kind: 'organization' };
  if (isOrgHead(wordAsked) && !ctx.sentenceStart) return { type: 'actor', kind: 'organization' };
  // In a line of capitals a common word is just a word ("SOCCER", "WIN").
  if (piece.tokens[0]!.shouting && isCommonWord(wordAsked)) return null;
  if (ACRONYM.test(word)) return /^(?:[IVX]+|AM|PM|OK|TV|ID|ET|GMT|UTC)$/.test(word) ? null : { type: 'actor', kind: 'organization' };
  if (SAY_VERBS.test(next)) return { type: 'actor', kind: 'person' };
  if (ADJECTIVE_SUFFIX.test(word) && /^\p{Ll}/u.test(next) && !isPersonalName(wordAsked)) return null;
  if (COMPASS.test(word)) return null;
  if (prev === 'the' && !isPersonalName(wordAsked) && !ctx.sentenceStart) return { type: 'actor', kind: 'organization' };
  if (isCommonWord(wordAsked) && !isGivenName(wordAsked)) return null;
  if (isPersonalName(wordAsked)) return { type: 'actor', kind: 'person' };
  if (LOCATIVE.test(prev)) return { type: 'place', kind: 'other', placeId: '' };
  return { type: 'actor', kind: 'organization' };
}
