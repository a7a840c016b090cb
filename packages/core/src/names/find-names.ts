import type { ActorKind, PlaceKind, Range } from '../types.js';
import { hasLowerCase, tokenize, type Token } from '../segment/tokenize.js';
import { isPossessive, stripPossessive, trimAffixes } from './affixes.js';
import { countryPrefix } from './country-prefix.js';
import { datelinePlaces, markSentencesAfterCredits, withWireCredits } from './datelines.js';
import { splitHeadlineNames } from './headline-names.js';
import { trimFunctionWords } from './function-words.js';
import { namesShip, namesSomeone } from './not-names.js';
import { oneSensePerArticle } from './one-sense.js';
import { propagateNames } from './propagate.js';
import { addMissedCountries } from './missed-countries.js';
import { mergeParticlePlaces } from './particle-places.js';
import { withOutlets } from './outlets.js';
import { hyphenPair } from './hyphen-pairs.js';
import { forEachHyphenated } from './hyphenated-tokens.js';
import { leadersByOffice } from './modifiers.js';
import { contextPlaceKind } from './place-kind.js';
import { nameAfterTitle, roleBefore } from './roles.js';
import { surfaceFacts, type SurfaceFacts } from './surface-facts.js';
import { decodeArticle } from './tagger/decode.js';
import { extractFeatures } from './tagger/features.js';
import { NAME_TYPES, tagsToSpans, type TokenSpan } from './tagger/labels.js';
import type { NameModel } from './tagger/name-model.js';
import type { WordCodes } from './tagger/word-codes.js';
import { shippedModel } from './tagger/shipped-model.js';
import { findUnits } from './units.js';
import { demonymOf, isCommonWord, isGivenName, isPersonalName, isServiceWord, isTitleHead, isTitleWord } from './word-facts.js';

export type NameClass =
  | { type: 'actor'; kind: ActorKind; placeId?: undefined }
  | { type: 'place'; kind: PlaceKind; placeId: string };

/**
 * A name found in the text, before it is linked to an entity: of the shape of its mention, which
 * linking makes of it in place (a long text holds a million names, and would otherwise hold a
 * million mentions besides). Until then `entityId` is a known place's gazetteer id, else ''.
 */
export type NameMention = Range & { text: string; type: NameClass['type']; kind: NameClass['kind']; entityId: string; role?: string };

/**
 * Actors and places in `text` (or the part of it `within`), outside the `blocked` ranges (chrome,
 * dates, front matter):
 *
 *   tokens → tagger (person, organization, place, other name) → spans
 *     → countries the tagger missed, leaders by their office, outlets on Source lines, agencies
 *       credited in datelines ("BEIRUT (AP) —"), split places
 *       and function words mended → one sense per article (types agree, then unnamed repeats
 *       named, names cut short made whole, and names run on through a title-case headline split
 *       into what the body names)
 *     → mentions by the annotation guide: titles become roles, countries are places, other names go
 */
export function findNames(text: string, blocked: readonly Range[], model: NameModel = shippedModel(), within: Range = { start: 0, end: text.length }): NameMention[] {
  const tokens = nameTokens(text, within);
  const isBlocked = blockedTest(blocked);
  const tagged = tagSpans(tokens, isBlocked, model);
  let spans = splitAtAffixes(tagged.spans, tokens, text);
  spans = addMissedCountries(spans, tokens, tagged.eligible, tagged.codes);
  spans = leadersByOffice(spans, tokens, tagged.eligible);
  spans = withOutlets(spans, tokens);
  spans = withWireCredits(spans, tokens, text);
  spans = mergeParticlePlaces(spans, tokens);
  spans = trimFunctionWords(spans, tokens);
  let surfaces = spans.map((s) => surfaceOf(text, tokens, s.first, s.last));
  let facts = surfaces.map(surfaceFacts);
  const personWords = oneSensePerArticle(spans, facts, tokens, datelinePlaces(spans, tokens, isBlocked));
  const propagated = splitHeadlineNames(propagateNames(spans, tokens, tagged.eligible), tokens);
  if (propagated !== spans) {
    // The spans found before keep their surfaces and facts, in the same order: asked again, every
    // surface of the article would count as met twice, and be remembered (memoize.ts).
    const before = { spans, surfaces, facts };
    surfaces = [];
    facts = [];
    for (let j = 0, n = 0; n < propagated.length; n++) {
      const s = propagated[n]!;
      // Spans made longer or split into parts are passed over; both lists are in text order.
      while (j < before.spans.length && before.spans[j] !== s && before.spans[j]!.first <= s.first) j++;
      const old = s === before.spans[j];
      const surface = old ? before.surfaces[j]! : surfaceOf(text, tokens, s.first, s.last);
      surfaces.push(surface);
      facts.push(old ? before.facts[j++]! : surfaceFacts(surface));
    }
    spans = propagated;
  }
  const units = findUnits(text, isBlocked, within);
  const article: Article = { text, tokens, units, evidence: tagged.evidence, out: units.map((u) => ({ start: u.start, end: u.end, text: u.text, type: 'actor', kind: 'organization', entityId: '' })), roles: new Map() };
  spans.forEach((span, n) => addMentions(article, span, surfaces[n]!, facts[n]!, personWords));
  addHyphenPairs(article, spans, tagged.eligible, personWords);
  return article.out;
}

/**
 * The tokens the tagger reads, in training as at run time: affixes cut off ("anti-", "-based"),
 * and a sentence started after a wire credit's dash.
 */
export function nameTokens(text: string, within: Range = { start: 0, end: text.length }): Token[] {
  const tokens = trimAffixes(tokenize(text, within.start, within.end), text);
  markSentencesAfterCredits(tokens);
  return tokens;
}

/** The tagger's names as runs of tokens; blocked tokens (dates, site chrome) are outside every name. */
function tagSpans(tokens: readonly Token[], isBlocked: (r: Range) => boolean, model: NameModel): { spans: TokenSpan[]; eligible: Uint8Array; codes: readonly (WordCodes | undefined)[]; evidence: Uint8Array } {
  const features = extractFeatures(tokens);
  for (let i = 0; i < tokens.length; i++) if (features.eligible[i] && isBlocked(tokens[i]!)) features.eligible[i] = 0;
  // The longest titled names run to a dozen tokens; a longer span is a title-case line, and
  // without a bound one line of capitals would become a single mention of any length.
  const spans = tagsToSpans(decodeArticle(tokens, features, model)).filter((s) => s.last - s.first < MAX_NAME_TOKENS);
  return { spans, eligible: features.eligible, codes: features.codes, evidence: features.evidence };
}
const MAX_NAME_TOKENS = 20;

/**
 * "Western anti-Russia moves": a word whose prefix was cut off ("anti-", "ex-") starts a name of its
 * own; the tagger, which sees the words without their prefixes, may have joined it to the one before.
 */
function splitAtAffixes(spans: TokenSpan[], tokens: readonly Token[], text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let first = span.first;
    for (let k = span.first + 1; k <= span.last; k++) {
      // A cut prefix leaves " anti-" between the words; a cut suffix ("Bergamo-based Atalanta")
      // leaves "-based ", and the words around it stay one name as the tagger read them.
      if (!/^\s+\p{L}+-$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
      out.push({ ...span, first, last: k - 1 });
      first = k;
    }
    out.push(first === span.first ? span : { ...span, first });
  }
  return out;
}

interface Article {
  text: string;
  tokens: readonly Token[];
  /** Numbered units ("8th brigade"), found apart from the tagger; they win where both claim text. */
  units: readonly Range[];
  /** What the article says of each capitalized word elsewhere (features.ts' document evidence). */
  evidence: Uint8Array;
  out: NameMention[];
  /**
   * Each role written, once: an article writes "President" before many names, and a long text
   * would otherwise keep a copy of it with every name (issue 13).
   */
  roles: Map<string, string>;
}

/**
 * The mentions one span of the tagger stands for, under the annotation guide's conventions. The
 * span's `surface` is its mention's text where the mention is the whole span: one string, hashed
 * once for every later look-up of it.
 */
function addMentions(a: Article, span: TokenSpan, surface: string, facts: SurfaceFacts, personWords: ReadonlySet<string>): void {
  const { tokens } = a;
  let type = NAME_TYPES[span.type]!;
  // A hyphenated pair of names is read token by token (addHyphenPairs).
  if (span.first === span.last && hyphenPair(tokens[span.first]!, personWords)) return;
  // "U.S.-Russia relations", "in Iraq, Syria": known places side by side are places each.
  const places = type !== 'person' ? facts.places : undefined;
  if (places) {
    const start = tokens[span.first]!.start;
    for (const p of places) a.out.push({ start: start + p.offset, end: start + p.offset + p.text.length, text: p.text, type: 'place', kind: p.kind, entityId: p.placeId });
    return;
  }
  // A country is always a place, also where it acts ("the U.S. said", "Pete Sampras (U.S.)") or
  // stands before a name as if it were an adjective ("Ambassador to Afghanistan Dmitry Zhirnov").
  // Not a person's name that is also a country's ("Jordan").
  if ((type === 'other' || type === 'organization') && facts.place?.kind === 'country') type = 'place';
  // "Gaddafi’s air force", "the Taliban’s seizure": an other name that owns something acts; a
  // nationality or a people ("French", "Kurds") does not, and is left out below.
  const owner = span.first === span.last ? tokens[span.first]! : undefined;
  if (type === 'other' && owner && isPossessive(owner.text)) {
    const bare = stripPossessive(owner.text);
    if (namesSomeone(bare) && demonymOf(bare) === undefined) type = isPersonalName(bare) ? 'person' : 'organization';
  }
  if (type === 'other') return;
  // A lone word's answer is a fact of its surface, where the surface is the word.
  if (span.first === span.last && !(surface === tokens[span.first]!.text ? facts.namesSomeone : namesSomeone(tokens[span.first]!))) return;
  if (namesShip(tokens[span.first]!, span.last - span.first + 1) || facts.namesEvent) return;
  if (facts.isSeatOfGovernment) type = 'organization';
  // "the Pivot" in an article that also writes "pivot": a common word capitalized for emphasis, no
  // organization (one that is named by a common word is seldom written both ways in one article).
  if (type === 'organization' && span.first === span.last && a.evidence[span.first]! & 1 && isCommonWord(tokens[span.first]!) && hasLowerCase(tokens[span.first]!.text)) return;
  // "Islamic Emirate of Afghanistan": a state's formal name is a country, a place.
  if (type !== 'person' && facts.isFormalStateName) type = 'place';
  // A given name and an initial ("Inessa S.") is someone, whatever the tagger made of it.
  if (type === 'organization' && span.last > span.first && isGivenName(tokens[span.first]!) && /^\p{Lu}$/u.test(tokens[span.last]!.text)) type = 'person';
  // A world region, a continent or a sea is a place, whatever acts in its name ("the Asia-Pacific");
  // not a province, which names sports teams ("Essex beat Kent").
  if (type === 'organization' && facts.isWorldRegion) type = 'place';
  const whole = { surface, facts };
  if (type === 'person') addPerson(a, span, whole);
  else if (type === 'organization') addOrganization(a, span, whole);
  else addPlace(a, span.first, span.last, whole);
}

// A body named by its head word alone ("the Ukrainian Parliament"), whose nationality word belongs
// to its name; a one-word name of anything else stands alone ("Russian Gazprom").
const STATE_BODY_ALONE = /^(?:Ministry|Parliament|Council|Embassy|Observatory|Senate|Duma)$/;
/** Whether a nationality word right before the organization `span` is part of its name. */
function takesNationality(tokens: readonly Token[], span: TokenSpan): boolean {
  const head = tokens[span.first]!.text;
  // An acronym is a name of its own: "the Palestinian U.N. envoy", "Polish SPC".
  if (head === head.toUpperCase()) return false;
  return span.last > span.first || STATE_BODY_ALONE.test(head);
}

/** Hyphenated pairs of names in tokens that are in no span, or that a span holds alone (see hyphen-pairs.ts). */
function addHyphenPairs(a: Article, spans: readonly TokenSpan[], eligible: Uint8Array, personWords: ReadonlySet<string>): void {
  const { text, tokens } = a;
  let inLongerSpan: Uint8Array | undefined;
  forEachHyphenated(tokens, text, (i) => {
    if (!eligible[i]) return;
    if (inLongerSpan === undefined) {
      inLongerSpan = new Uint8Array(tokens.length);
      for (const s of spans) if (s.last > s.first) for (let k = s.first; k <= s.last; k++) inLongerSpan[k] = 1;
    }
    if (inLongerSpan[i]) return;
    const pair = hyphenPair(tokens[i]!, personWords);
    if (pair) for (const m of pair) if (!a.units.some((u) => u.start < m.end && m.start < u.end)) a.out.push(m);
  });
}

/** The span's surface and its facts, which a mention of the whole span reuses. */
interface WholeSpan {
  surface: string;
  facts: SurfaceFacts;
}

function addPerson(a: Article, span: TokenSpan, whole: WholeSpan): void {
  const { text, tokens } = a;
  // "US Secretary of State Tillerson": a country, then a title, then the name.
  const country = countryPrefix(tokens, span.first, span.last);
  const countryThenTitle = country > 0 && isTitleWord(tokens[span.first + country]!);
  if (countryThenTitle) addPlace(a, span.first, span.first + country - 1);
  const titleStart = span.first + (countryThenTitle ? country : 0);
  const first = nameAfterTitle(tokens, titleStart, span.last);
  const role = first > titleStart ? text.slice(tokens[titleStart]!.start, tokens[first - 1]!.end) : roleBefore(text, tokens, first);
  // "Inessa S.": an initial at the end keeps its period.
  const next = tokens[span.last + 1];
  const initial = next !== undefined && next.text === '.' && next.start === tokens[span.last]!.end && /^\p{Lu}$/u.test(tokens[span.last]!.text);
  const last = initial ? span.last + 1 : span.last;
  add(a, first, last, { type: 'actor', kind: 'person' }, role, first === span.first && last === span.last ? whole.surface : undefined);
}

const MEDIA_TAIL = /^(?:Times|Post|Journal|Herald|Tribune|Gazette|Today|News)$/;
function addOrganization(a: Article, span: TokenSpan, whole: WholeSpan): void {
  const { first: spanFirst, last: spanLast } = span;
  const { tokens } = a;
  // "the Russian Ministry of Foreign Affairs", "the Syrian Democratic Forces": a nationality word
  // before an organization's name is part of it (the annotation guide), where the tagger leaves it
  // out, alone or as an other name.
  const before = tokens[span.first - 1];
  if (before && before.upper && !before.lineStart && demonymOf(before) !== undefined && before.end + 1 === tokens[span.first]!.start && takesNationality(tokens, span)) span = { ...span, first: span.first - 1 };
  // "Army Gen. Mark Milley": an armed service before a title is part of the rank, the role.
  if (isServiceRun(tokens, span.first, span.last) && isTitleWord(tokens[span.last + 1] ?? '')) return;
  // "Joint Chiefs Chairman Marine Corps Gen.": a title closes the organization's name.
  const last = titleTail(tokens, span.first, span.last);
  // A country is always a place; in "US Department of Defense" it is a place of its own.
  let country = countryPrefix(tokens, span.first, last + 1);
  // "Japan Times", "Washington Post": a place that names a newspaper is part of its name.
  if (country > 0 && last === span.first + country && MEDIA_TAIL.test(tokens[last]!.text)) country = 0;
  if (country > 0) addPlace(a, span.first, span.first + country - 1);
  if (span.first + country <= last) add(a, span.first + country, last, { type: 'actor', kind: 'organization' }, undefined, span.first + country === spanFirst && last === spanLast ? whole.surface : undefined);
}

function addPlace(a: Article, first: number, last: number, whole?: WholeSpan): void {
  const surface = whole?.surface ?? surfaceOf(a.text, a.tokens, first, last);
  const facts = whole?.facts ?? surfaceFacts(surface);
  add(a, first, last, { type: 'place', ...(facts.placeKind ?? contextPlaceKind(a.tokens, last)) }, undefined, surface);
}

/** Adds the mention of tokens first..last; `written` is their surface where the caller has it. */
function add(a: Article, first: number, last: number, cls: NameClass, role?: string, written?: string): void {
  const surface = written ?? surfaceOf(a.text, a.tokens, first, last);
  if (surface.length === 0) return;
  const start = a.tokens[first]!.start;
  const end = start + surface.length;
  if (a.units.some((u) => u.start < end && start < u.end)) return;
  // One literal per shape, every field in it: a spread, or a field added afterwards, would keep the
  // fields past the literal's in a second object, and a long text holds a million names until they
  // are linked (issue 13).
  const entityId = cls.type === 'place' ? cls.placeId : '';
  const name: NameMention =
    role === undefined
      ? { start, end, text: surface, type: cls.type, kind: cls.kind, entityId }
      : { start, end, text: surface, type: cls.type, kind: cls.kind, entityId, role: sameRole(a, role) };
  a.out.push(name);
}

function sameRole(a: Article, role: string): string {
  const known = a.roles.get(role);
  if (known !== undefined) return known;
  a.roles.set(role, role);
  return role;
}

function isServiceRun(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!isServiceWord(tokens[k]!)) return false;
  return true;
}

/** The last token of an organization's name before a title that follows it, or `last`. */
function titleTail(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    if (!isTitleHead(tokens[k]!) || ['of', 'the', 'for'].includes(tokens[k - 1]!.text)) continue;
    let rest = k + 1;
    while (rest <= last && (tokens[rest]!.text === '.' || isTitleWord(tokens[rest]!) || isServiceWord(tokens[rest]!))) rest++;
    if (rest > last) return k - 1;
  }
  return last;
}

// The text of tokens first..last without a possessive ending ("Dunford’s" → "Dunford").
function surfaceOf(text: string, tokens: readonly Token[], first: number, last: number): string {
  const lastToken = tokens[last]!;
  const raw = text.slice(tokens[first]!.start, lastToken.end);
  return raw.slice(0, raw.length - (lastToken.text.length - stripPossessive(lastToken.text).length));
}

function blockedTest(blocked: readonly Range[]): (t: Range) => boolean {
  const sorted = [...blocked].sort((a, b) => a.start - b.start);
  return (t: Range) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.end <= t.start) lo = mid + 1;
      else hi = mid;
    }
    const r = sorted[lo];
    return r !== undefined && r.start < t.end;
  };
}
