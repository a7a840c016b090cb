import { findDates, type DateMention } from './dates/index.js';
import { findNames, type NameMention } from './names/find-names.js';
import { linkNames } from './resolve/link-entities.js';
import { placeCoordinates } from './resolve/place-coordinates.js';
import { articleDate } from './source/article-date.js';
import { textWindows } from './segment/text-windows.js';
import { readSource } from './source/read-source.js';
import type { Analysis, AnalyzeOptions, Entity, Mention, Range } from './types.js';

/**
 * Finds the actors, places and dates of one article. Offsets are into the text without its
 * byte-order mark (`analysis.source.text`).
 *
 *   source (BOM, front matter, sections, furniture) → article date (DCT) → dates → names → entities → coordinates of places
 *
 * Dates and names are found window by window (segment/text-windows.ts): one window for any article,
 * several for a text of many hundred thousand characters. Entities join across the whole text.
 */
export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const source = readSource(input);
  const { text } = source;
  const date = articleDate(source, options);
  const { dct } = date;
  const chrome: Range[] = [...source.furniture, ...(source.frontMatter ? [source.frontMatter] : [])];
  const outside = (r: Range) => !chrome.some((c) => r.start < c.end && c.start < r.end);

  const dates: DateMention[] = [];
  const names: NameMention[] = [];
  // Front matter opens the text when there is any: its date is the DCT, not a mention.
  const datesFrom = source.frontMatter?.end ?? 0;
  for (const window of textWindows(text)) {
    const windowDates = window.end <= datesFrom ? [] : findDates(text, dct, Math.max(datesFrom, window.start), window.end).filter(outside);
    const windowChrome = chrome.filter((c) => c.start < window.end && window.start < c.end);
    // Names never start inside a blocked range, so they need no second filter.
    for (const name of findNames(text, [...windowChrome, ...windowDates], undefined, window)) names.push(name);
    for (const date of windowDates) dates.push(date);
  }
  // The names become the linked mentions, in place.
  const linked = linkNames(text, names);
  placeCoordinates(linked.entities);
  // A namesake chosen by the article's other places may be of another kind: its mentions follow.
  // Set one by one: a long text has as many places as mentions of them, and a list of pairs would be garbage of that size.
  const placeKinds = new Map<string, Entity['kind']>();
  for (const e of linked.entities) if (e.type === 'place') placeKinds.set(e.id, e.kind);
  for (const m of linked.mentions) if (m.type === 'place' && placeKinds.get(m.entityId) !== m.kind) m.kind = placeKinds.get(m.entityId)!;

  // One id and value string per date, not per mention: a long text writes the same dates many times.
  const dateIds = new Map<string, { id: string; value: string }>();
  // And one string per way a date is written ("3 March 2017"), for the same reason.
  const dateTexts = new Map<string, string>();
  const dateMentions: Mention[] = dates.map((d) => {
    let date = dateIds.get(d.value);
    if (date === undefined) dateIds.set(d.value, (date = { id: `date:${d.value}`, value: d.value }));
    const written = text.slice(d.start, d.end);
    let dateText = dateTexts.get(written);
    if (dateText === undefined) dateTexts.set(written, (dateText = written));
    const mention: Mention = { start: d.start, end: d.end, text: dateText, type: 'date', entityId: date.id, value: date.value };
    if (d.mod !== undefined) mention.mod = d.mod;
    return mention;
  });
  dates.length = 0;
  const mentions = mergeInOrder(inOrder(linked.mentions), inOrder(dateMentions));
  // Added to linking's own list: a copy of it would be as long as it.
  const entities: Entity[] = linked.entities;
  for (const e of dateEntities(dateMentions)) entities.push(e);
  return { source, ...date, mentions: dropOverlaps(mentions), entities };
}

function dateEntities(mentions: readonly Mention[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const m of mentions) {
    const e = byId.get(m.entityId);
    if (!e) byId.set(m.entityId, { id: m.entityId, type: 'date', name: m.value!, aliases: [m.text] });
    else if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
  }
  return [...byId.values()];
}

// Text order: by start, the longer first where two start together.
const byPosition = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;
// Both stages give their mentions in text order already (names with the few units first): the
// lists are checked and merged, which costs less than sorting them together.
const inOrder = (mentions: Mention[]): Mention[] =>
  mentions.every((m, i) => i === 0 || byPosition(mentions[i - 1]!, m) <= 0) ? mentions : [...mentions].sort(byPosition);

/** The stable sort of `a` followed by `b`, both already in order. */
function mergeInOrder(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  // Made at its length: grown by pushes, a list of a million mentions leaves its smaller copies behind.
  const out = new Array<Mention>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

// Mentions never overlap: where two stages claim one stretch, the earlier, longer one keeps it.
// Done in place: the list is analyze's own, and a copy would be as long as it.
function dropOverlaps(sorted: Mention[]): Mention[] {
  let kept = 0;
  for (const m of sorted) {
    if (kept > 0 && m.start < sorted[kept - 1]!.end) continue;
    sorted[kept++] = m;
  }
  sorted.length = kept;
  return sorted;
}
