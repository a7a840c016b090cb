import type { Token } from '../segment/tokenize.js';
import { isRoman, stripPossessive } from './candidates.js';
import { lookupPlace } from './gazetteer.js';
import { continuesMultiWordPlace, demonymOf, factsOf, isOrgHead, isPersonalName, isServiceWord, isTitleHead, isTitleWord, startsMultiWordPlace } from './word-facts.js';

/** A piece of a candidate run that names one thing. */
export interface Piece {
  tokens: Token[];
  /** Title text written directly before a person's name. */
  role?: string;
  /** What the split already knows: a title precedes a person; a country prefix is a place. */
  hint?: 'person' | 'place' | 'organization';
  /** Starts with a nationality word ("Russian General Staff"). */
  demonym?: boolean;
}

// A token without its possessive ending, as facts are asked of it (the token itself when it has none).
function bare(t: Token): Token | string {
  const stripped = stripPossessive(t.text);
  return stripped === t.text ? t : stripped;
}

/** Longest known place (up to four words) at the start of `tokens`. */
export function placePrefix(tokens: readonly Token[]): number {
  const max = Math.min(4, tokens.length);
  if (max === 0) return 0;
  // A phrase of more than one token must be all words; a single token may be anything.
  let longest = 1;
  if (tokens[0]!.word && startsMultiWordPlace(bare(tokens[0]!))) {
    while (longest < max && tokens[longest]!.word && continuesMultiWordPlace(bare(tokens[longest]!))) longest++;
  }
  const first = stripPossessive(tokens[0]!.text);
  const phrases = [first];
  for (let n = 2; n <= longest; n++) phrases.push(`${phrases[n - 2]} ${stripPossessive(tokens[n - 1]!.text)}`);
  for (let n = longest; n >= 2; n--) {
    if (lookupPlace(phrases[n - 1]!)?.kind === 'country') return n;
  }
  // The token's own facts answer for a single word, unless a possessive changed it.
  const single = first === tokens[0]!.text ? factsOf(tokens[0]!).place : lookupPlace(first);
  return single?.kind === 'country' ? 1 : 0;
}

// "Russian Army Gen. Valery Gerasimov": a title head followed by a name, so the service words
// before it are a rank, not an organization ("Russian General Staff" has no name after its head).
function hasTitledName(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (!isTitleHead(tokens[i]!)) continue;
    let j = i + 1;
    while (tokens[j]?.text === '.') j++;
    const next = tokens[j];
    if (next && next.word && next.upper && !isTitleWord(next) && !isServiceWord(next) && !isOrgHead(next)) return true;
  }
  return false;
}

/** Splits a run into pieces: titles into roles, country prefixes, "of" objects, hyphen pairs. */
export function splitCandidate(run: readonly Token[], text: string): Piece[] {
  const pieces: Piece[] = [];
  let rest = [...run];
  while (rest.length > 0 && (rest[0]!.text === 'of' || rest[0]!.text === 'for' || rest[0]!.text === 'the' || rest[0]!.text === 'to')) rest.shift();
  if (rest.length === 0) return pieces;

  // A nationality word before a title ("Russian Foreign Minister Lavrov") is neither name nor role.
  let demonym = false;
  if (demonymOf(rest[0]!) && !factsOf(rest[0]!).place && rest.length > 1) {
    if ((isTitleWord(rest[1]!) || isServiceWord(rest[1]!)) && (!rest.some((t) => isOrgHead(t)) || hasTitledName(rest))) rest.shift();
    else demonym = true;
  }
  // "US Secretary of State Tillerson", "US Department of Defense": the country is its own place.
  // A prefix needs something after it, so a single token is never split: only longer runs are looked up.
  const country = rest.length > 1 ? placePrefix(rest) : 0;
  if (country > 0 && country < rest.length && !lookupPlace(rest.map((t) => t.text).join(' '))) {
    const tail = rest.slice(country);
    if (!isMediaTail(tail)) {
      pieces.push({ tokens: rest.slice(0, country), hint: 'place' });
      rest = tail;
      demonym = false;
    }
  }

  // Titles: a sequence of title, service and rank words that contains a head and is followed by
  // more name words. Objects of "of"/"to" inside it may be places or organizations of their own.
  let role: string | undefined;
  let k = 0;
  let lastHead = -1;
  let roleStart = 0;
  let consumedObject = false;
  // "Joint Chiefs Chairman Marine Corps Gen. Joe Dunford": an organization, then a title.
  for (let n = 0; n < rest.length - 2; n++) {
    if (isOrgHead(rest[n]!) && !isServiceWord(rest[n]!) && isTitleHead(rest[n + 1]!) && !isOrgHead(rest[n + 1]!) && !isTitleWord(rest[0]!)) {
      pieces.push({ tokens: rest.slice(0, n + 1), hint: 'organization' });
      rest = rest.slice(n + 1);
      break;
    }
  }
  while (k < rest.length) {
    const t = rest[k]!;
    if (t.text === '.') { k++; continue; }
    if (isTitleWord(t) || isServiceWord(t)) {
      if (isTitleHead(t)) lastHead = k;
      k++;
      continue;
    }
    if ((t.text === 'of' || t.text === 'to' || t.text === 'for') && lastHead >= 0) {
      let m = k + 1;
      // "Secretary of State", "Minister of Defense": the object is part of the title.
      if (rest[m] && isTitleWord(rest[m]!) && !isOrgHead(rest[m]!) && rest[m + 1] && !isOrgHead(rest[m + 1]!)) {
        k = m;
        continue;
      }
      if (rest[m]?.text === 'the') m++;
      const object = rest.slice(m);
      const place = placePrefix(object) || (lookupPlace(object[0]?.text ?? '') ? 1 : 0);
      if (place > 0 && place < object.length) {
        pieces.push({ tokens: object.slice(0, place), hint: 'place' });
        consumedObject = true;
        k = m + place;
        lastHead = k - 1;
        continue;
      }
      // "Chief of the Russian General Staff Gen. Valeriy Gerasimov": the object ends at an
      // organization head that a title follows.
      let orgEnd = -1;
      for (let n = 0; n < object.length - 1; n++) {
        if (isOrgHead(object[n]!) && isTitleWord(object[n + 1]!) && !isOrgHead(object[n + 1]!)) orgEnd = n;
      }
      if (orgEnd >= 0) {
        pieces.push({ tokens: object.slice(0, orgEnd + 1), hint: 'organization', demonym: !!demonymOf(object[0]!) });
        consumedObject = true;
        k = m + orgEnd + 1;
        roleStart = k;
        lastHead = -1;
        continue;
      }
    }
    break;
  }
  const remainder = rest.slice(k);
  const nameFollows = remainder.length > 0 && remainder[0]!.word && remainder[0]!.upper && !remainder.some((t) => isOrgHead(t));
  if (lastHead >= 0 && nameFollows && k > roleStart && !isOrgHead(rest[k - 1]!)) {
    const titleTokens = rest.slice(roleStart, k);
    role = text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end);
    rest = remainder;
    demonym = false;
  } else if (consumedObject && remainder.length > 0) {
    // Titles with objects but no name after them ("Chairman of the US Joint Chiefs of Staff"):
    // the objects are pieces already; what follows is named on its own.
    rest = remainder;
    while (rest.length > 0 && ['of', 'for', 'the', 'to'].includes(rest[0]!.text)) rest.shift();
  } else if (roleStart > 0) {
    rest = rest.slice(roleStart);
  }
  while (rest[0]?.text === '.') rest.shift();
  if (rest.length === 0) return pieces;

  // "Dunford-Gerasimov meeting": two names joined by a hyphen.
  if (rest.length === 1 && rest[0]!.text.includes('-') && /^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u.test(rest[0]!.text) && !lookupPlace(rest[0]!.text)) {
    const [a, b] = rest[0]!.text.split('-') as [string, string];
    if (isPersonalName(a) && isPersonalName(b)) {
      const t = rest[0]!;
      const first: Token = { ...t, end: t.start + a.length, text: a, facts: undefined };
      const second: Token = { ...t, start: t.start + a.length + 1, text: b, facts: undefined };
      pieces.push({ tokens: [first] }, { tokens: [second] });
      return pieces;
    }
  }
  // "Abdullah II" keeps its numeral; a trailing "of"/"the" never ends a name.
  while (rest.length > 1 && ['of', 'for', 'the', 'to'].includes(rest[rest.length - 1]!.text) && !isRoman(rest[rest.length - 1]!.text)) rest.pop();
  // Set, not spread: spreads of conditional objects cost temporary objects for every candidate.
  const last: Piece = { tokens: rest };
  if (role !== undefined) {
    last.role = role;
    last.hint = 'person';
  }
  if (demonym) last.demonym = true;
  pieces.push(last);
  return pieces;
}

// "Washington Post", "Moscow Times": a place name that is part of a media outlet's name.
function isMediaTail(tail: readonly Token[]): boolean {
  return tail.length === 1 && /^(?:Times|Post|Journal|Herald|Tribune|Gazette|Today|News)$/.test(tail[0]!.text);
}
