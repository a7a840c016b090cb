import type { ActorKind, PlaceKind, Range } from '../types.js';
import { tokenize, type Token } from '../segment/tokenize.js';
import { stripPossessive, trimAffixes } from './affixes.js';
import { countryPrefix } from './country-prefix.js';
import { placeKind } from './place-kind.js';
import { nameAfterTitle, roleBefore } from './roles.js';
import { demonymOf, isGroupWord, isServiceWord, isTitleHead, isTitleWord } from './word-facts.js';
import { decodeArticle } from './tagger/decode.js';
import { extractFeatures } from './tagger/features.js';
import { NAME_TYPES, tagsToSpans, type TokenSpan } from './tagger/labels.js';
import type { NameModel } from './tagger/name-model.js';
import { shippedModel } from './tagger/shipped-model.js';
import { findUnits } from './units.js';
import { fold, lookupPlace } from './gazetteer.js';
import { oneSensePerArticle } from './one-sense.js';
import { isSeatOfGovernment } from './seats-of-government.js';

export type NameClass =
  | { type: 'actor'; kind: ActorKind; placeId?: undefined }
  | { type: 'place'; kind: PlaceKind; placeId: string };

/** A name found in the text, before it is linked to an entity. */
export type NameMention = Range & NameClass & { text: string; role?: string };

/**
 * Actors and places in `text`, outside the `blocked` ranges (chrome, dates, front matter):
 *
 *   tokens → features → tagger (person, organization, place, other name) → spans
 *     → one sense per article → roles before people, kinds of places, a country before an
 *       organization split off
 */
export function findNames(text: string, blocked: readonly Range[], model: NameModel = shippedModel()): NameMention[] {
  const tokens = trimAffixes(tokenize(text), text);
  const isBlocked = blockedTest(blocked);
  const features = extractFeatures(tokens);
  // A blocked token (a date, site chrome) is outside every name.
  for (let i = 0; i < tokens.length; i++) if (features.eligible[i] && isBlocked(tokens[i]!)) features.eligible[i] = 0;
  const tags = decodeArticle(tokens, features, model);

  const units = findUnits(text, isBlocked);
  const out: NameMention[] = units.map((u) => ({ ...u, type: 'actor', kind: 'organization' }));
  const overlapsUnit = (start: number, end: number) => units.some((u) => u.start < end && start < u.end);
  const add = (first: number, last: number, cls: NameClass, role?: string) => {
    const surface = surfaceOf(text, tokens, first, last);
    if (surface.length === 0) return;
    const start = tokens[first]!.start;
    if (overlapsUnit(start, start + surface.length)) return;
    const name = { start, end: start + surface.length, text: surface, ...cls } as NameMention;
    if (role !== undefined) name.role = role;
    out.push(name);
  };
  const spans = mergeParticlePlaces(tagsToSpans(tags), tokens);
  const surfaces = spans.map((s) => surfaceOf(text, tokens, s.first, s.last));
  const personWords = oneSensePerArticle(spans, surfaces);
  spans.forEach((span, n) => {
    let type = NAME_TYPES[span.type]!;
    // "US-Russia relations", "in Iraq, Syria": known places side by side are places each.
    const places = type !== 'person' ? placeList(surfaces[n]!) : undefined;
    if (places) {
      const start = tokens[span.first]!.start;
      for (const p of places) out.push({ start: start + p.offset, end: start + p.offset + p.text.length, text: p.text, type: 'place', kind: p.kind, placeId: p.placeId });
      return;
    }
    // A country is always a place, also where it acts or stands before a name as if it were an
    // adjective ("Ambassador to Afghanistan Dmitry Zhirnov").
    if (type === 'other' && lookupPlace(surfaces[n]!)?.kind === 'country') type = 'place';
    if (type === 'other') return;
    if (span.first === span.last && !namesSomeone(tokens[span.first]!)) return;
    // Ships are no actors ("USS Ross"): the annotation guide leaves them out.
    if (span.last > span.first && SHIP_PREFIX.test(tokens[span.first]!.text)) return;
    if (isSeatOfGovernment(surfaces[n]!)) type = 'organization';
    if (span.first === span.last && type !== 'place') {
      // "the Dunford-Gerasimov meeting": two people of the article joined by a hyphen.
      const pair = HYPHEN_PAIR.exec(tokens[span.first]!.text);
      if (pair && personWords.has(fold(pair[1]!)) && personWords.has(fold(pair[2]!))) {
        const t = tokens[span.first]!;
        out.push({ start: t.start, end: t.start + pair[1]!.length, text: pair[1]!, type: 'actor', kind: 'person' });
        const second = t.start + pair[1]!.length + 1;
        out.push({ start: second, end: second + pair[2]!.length, text: pair[2]!, type: 'actor', kind: 'person' });
        return;
      }
    }
    if (type === 'person') {
      // "US Secretary of State Tillerson": a country, then a title, then the name.
      const country = countryPrefix(tokens.slice(span.first, span.last));
      const countryThenTitle = country > 0 && isTitleWord(tokens[span.first + country]!);
      if (countryThenTitle) {
        const placeLast = span.first + country - 1;
        add(span.first, placeLast, { type: 'place', ...placeKind(surfaceOf(text, tokens, span.first, placeLast), tokens, placeLast) });
      }
      const titleStart = span.first + (countryThenTitle ? country : 0);
      const first = nameAfterTitle(tokens, titleStart, span.last);
      const role = first > titleStart ? text.slice(tokens[titleStart]!.start, tokens[first - 1]!.end) : roleBefore(text, tokens, first);
      // "Inessa S.": an initial at the end keeps its period.
      const last = span.last + 1 < tokens.length && tokens[span.last + 1]!.text === '.' && tokens[span.last + 1]!.start === tokens[span.last]!.end && /^\p{Lu}$/u.test(tokens[span.last]!.text) ? span.last + 1 : span.last;
      add(first, last, { type: 'actor', kind: 'person' }, role);
    } else if (type === 'organization') {
      // A country is always a place, also where it acts; in "US Department of Defense" the
      // country is a place of its own (the annotation guide's rules).
      // "Joint Chiefs Chairman Marine Corps Gen.": a title closes the organization's name.
      const last = titleTail(tokens, span.first, span.last);
      let country = countryPrefix(tokens.slice(span.first, last + 1));
      // "Japan Times", "Washington Post": a place that names a newspaper is part of its name.
      if (country > 0 && last === span.first + country && MEDIA_TAIL.test(tokens[last]!.text)) country = 0;
      if (country > 0) {
        const placeLast = span.first + country - 1;
        add(span.first, placeLast, { type: 'place', ...placeKind(surfaceOf(text, tokens, span.first, placeLast), tokens, placeLast) });
      }
      if (span.first + country <= last) add(span.first + country, last, { type: 'actor', kind: 'organization' });
    } else {
      const surface = surfaceOf(text, tokens, span.first, span.last);
      add(span.first, span.last, { type: 'place', ...placeKind(surface, tokens, span.last) });
    }
  });
  return out;
}

// Known places joined by hyphens, dashes, commas or "and".
const PLACE_SEPARATOR = /\s*(?:[-–]|,|\band\b)\s*/gu;

/** The places of a surface that lists known places ("US-Russia"), with their offsets; undefined otherwise. */
function placeList(surface: string): { offset: number; text: string; kind: PlaceKind; placeId: string }[] | undefined {
  if (lookupPlace(surface)) return undefined;
  const parts: { offset: number; text: string; kind: PlaceKind; placeId: string }[] = [];
  let from = 0;
  for (const sep of [...surface.matchAll(PLACE_SEPARATOR), { index: surface.length, 0: '' }]) {
    const text = surface.slice(from, sep.index);
    const known = lookupPlace(text);
    if (!known || known.weak || !text) return undefined;
    parts.push({ offset: from, text, kind: known.kind, placeId: known.id });
    from = sep.index! + sep[0]!.length;
  }
  return parts.length > 1 ? parts : undefined;
}

// "Daraa al-Balad": a place and an Arabic name that the tagger took apart.
const PARTICLE_LED = /^(?:al|el|ad|as|ash|an|ar|az|at|ath)-\p{Lu}/u;
function mergeParticlePlaces(spans: TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  const place = NAME_TYPES.indexOf('place');
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === place && s.type === place && s.first === prev.last + 1 && PARTICLE_LED.test(tokens[s.first]!.text)) prev.last = s.last;
    else out.push(s);
  }
  return out;
}

/** The last token of an organization's name before a title that follows it, or `last`. */
function titleTail(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k]!;
    if (!isTitleHead(t) || ['of', 'the', 'for'].includes(tokens[k - 1]!.text)) continue;
    let rest = k + 1;
    while (rest <= last && (tokens[rest]!.text === '.' || isTitleWord(tokens[rest]!) || isServiceWord(tokens[rest]!))) rest++;
    if (rest > last) return k - 1;
  }
  return last;
}

/**
 * A single word that the annotation guide never counts as an actor or a place: a pronoun
 * capitalized at a sentence start ("We", "I’ve"), a people or faith ("Syrians", "Kurds"), or the
 * inhabitants of a place ("Berliners").
 */
function namesSomeone(t: Token): boolean {
  const word = CONTRACTION.test(t.text) ? t.text.replace(CONTRACTION, '') : t.text;
  if (PRONOUNS.has(word)) return false;
  if (isGroupWord(word) || (demonymOf(word) !== undefined && !lookupPlace(word))) return false;
  if (word.endsWith('s') && (demonymOf(word.slice(0, -1)) !== undefined || isGroupWord(word.slice(0, -1)))) return false;
  const inhabitants = word.endsWith('ers') || word.endsWith('ians') ? INHABITANTS.exec(word) : null;
  return !(inhabitants && lookupPlace(inhabitants[1]!));
}
const CONTRACTION = /['’](?:m|ll|re|ve|d)$/i;
// "Berliners", "Parisians": people of a place.
const INHABITANTS = /^(\p{Lu}\p{Ll}+?)(?:ers|ians)$/u;

// Pronouns capitalized at a sentence start name no one: a closed class.
const SHIP_PREFIX = /^(?:USS|HMS|INS|RFS|HMCS|HMAS)$/;
const MEDIA_TAIL = /^(?:Times|Post|Journal|Herald|Tribune|Gazette|Today|News)$/;
const HYPHEN_PAIR = /^(\p{Lu}[\p{L}]+)-(\p{Lu}[\p{L}]+)$/u;
const PRONOUNS = new Set(['I', 'We', 'You', 'He', 'She', 'They', 'It', 'Its', 'Our', 'My', 'His', 'Her', 'Their', 'Them', 'Me', 'Him', 'Us', 'This', 'That', 'These', 'Those']);

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
