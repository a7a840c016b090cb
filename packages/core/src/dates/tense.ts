/**
 * Which way in time a date written without its year or week points: "back in October" and
 * "met on Thursday" look back from the article's date, "will meet on Thursday" looks ahead.
 *
 * The verb nearest to the date within its sentence decides. Written by hand from closed lists:
 * a tagger (compromise) would read tense too, but costs a parse of every sentence and 350 kB,
 * and only the direction of a date without a year needs it.
 */
export type Tense = 'past' | 'future';

/** How far to look on either side of a date, at most: a clause, not a paragraph. */
const REACH = 160;

// Future: modal or going-to forms, schedules ("is due to", "is set to"), and "next"/"coming"
// written with the date. Each match spans the verb group, so "will be held" is future as a whole.
const FUTURE = /\b(?:(?:will|shall|won['’]t|['’]ll)(?:\s+(?:not|also|then|likely|probably|soon|again|now|be|have|still|each|both|all))*(?:\s+[a-z]+){0,2}|(?:\b(?:is|are|am|was|were)|['’](?:re|s|m))\s+(?:(?:not|also|now|still)\s+)?(?:(?:going|set|planning|poised|about)\s+to|due|scheduled|expected|planned|slated)(?:\s+to)?(?:\s+be)?(?:\s+[a-z]+)?|(?:plans?|intends?)\s+to\s+[a-z]+|\b(?:next|coming|upcoming|later this|later in)\b)/gi;
// No direction: modals, and the future seen from the past ("said he would step down by October").
const NEUTRAL = /\b(?:would|could|might|may|should|must)(?:\s+(?:not|also|then|be|have))*(?:\s+[a-z]+)?/g;
const DIRECTED = [FUTURE, NEUTRAL];
// Past: auxiliaries and common irregular past forms, "ago", "back in", "last", "earlier", and
// regular -ed verbs (lower case, so "United" is not one). "has/have been" is read as past.
const PAST = /\b(?:was|were|had|did|has been|have been|said|told|met|took|held|came|went|made|gave|began|saw|left|sent|spoke|wrote|won|lost|led|fled|fell|rose|struck|stood|found|got|put|set out|brought|bought|sold|paid|thought|knew|became|ran|hit|shot|fought|broke|chose|drove|flew|froze|grew|heard|hid|kept|laid|meant|read out|sat|shut|slid|spent|stole|swore|taught|threw|understood|withdrew|wore|ago|back in|last|earlier|previously|already|since|[a-z]{2,}ed)\b/g;
// -ed words that are adjectives or prepositions more often than past verbs.
const NOT_PAST = new Set(['based', 'armed', 'united', 'alleged', 'so-called', 'related', 'limited', 'advanced', 'detailed', 'concerned', 'interested', 'unnamed', 'unidentified', 'supposed', 'unprecedented', 'indeed', 'need', 'speed', 'seed', 'feed', 'proceed', 'exceed', 'succeed', 'embed', 'bed', 'red', 'shed', 'bred', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'beloved', 'learned', 'aged', 'biased', 'experienced', 'skilled', 'qualified', 'dedicated', 'scheduled', 'expected', 'planned', 'proposed', 'intended']);
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n/g;
// "Dec.", "Gen.", "U.S." before a capital do not end a sentence.
const ABBREVIATION = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Col|Lt|Sgt|Adm|Capt|Maj|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|No|Jr|Sr|Inc|Co|Corp|Ltd|vs)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$/;
/**
 * Whether `s` ends in an abbreviation at `endAt`. Its last 8 characters decide (the longest
 * abbreviation and the character before it, "U.S." ends in "S." as well): an unanchored test
 * would try every position of the text before.
 */
const endsInAbbreviation = (s: string, endAt: number): boolean => ABBREVIATION.test(s.slice(Math.max(0, endAt - 8), endAt));

interface Marker {
  start: number;
  end: number;
  tense: Tense | null;
}

/**
 * The tense of the clause holding `text[start, end)`, or null when it shows none: the marker
 * nearest the date within its clause (between commas, semicolons, dashes, brackets), else within
 * its sentence. "would", "could", "may" mark no direction: "said he would step down by October".
 */
export function tenseAt(text: string, start: number, end: number): Tense | null {
  const { from, to } = sentenceAround(text, start, end);
  const clause = clauseAround(text, from, to, start, end);
  // No marker spans a clause mark, so the clause is read on its own first: the sentence is read
  // only when the clause has none.
  const inClause = markersAround(text, clause.from, clause.to, start, end);
  return nearest(inClause.length > 0 ? inClause : markersAround(text, from, to, start, end), start, end)?.tense ?? null;
}

/** The markers in `text[from, start)` and `text[end, to)`. */
function markersAround(text: string, from: number, to: number, start: number, end: number): Marker[] {
  const markers: Marker[] = [];
  const covered: Array<[number, number]> = [];
  const collect = (part: string, offset: number) => {
    // exec loops rather than matchAll, which copies the regex and makes an iterator per call; no
    // pattern here matches the empty string, and each loop leaves its regex's lastIndex at 0.
    for (const re of DIRECTED) {
      for (let m = re.exec(part); m !== null; m = re.exec(part)) {
        markers.push({ start: offset + m.index, end: offset + m.index + m[0].length, tense: re === FUTURE ? 'future' : null });
        covered.push([offset + m.index, offset + m.index + m[0].length]);
      }
    }
    for (let m = PAST.exec(part); m !== null; m = PAST.exec(part)) {
      const word = m[0];
      const at = offset + m.index;
      if (NOT_PAST.has(word) || covered.some(([s, e]) => at >= s && at < e)) continue;
      // "is/are/be based …": a participle after a present or future auxiliary is no past.
      if (word.endsWith('ed') && /\b(?:is|are|am|be|being|to)\s+(?:\w+\s+)?$/i.test(part.slice(Math.max(0, m.index - 24), m.index))) continue;
      markers.push({ start: at, end: at + word.length, tense: 'past' });
    }
  };
  collect(text.slice(from, start), from);
  collect(text.slice(end, to), end);
  return markers;
}

function nearest(markers: readonly Marker[], start: number, end: number): Marker | null {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const m of markers) {
    // A verb before the date binds it a little more often than one after it.
    const weighted = m.end <= start ? start - m.end : m.start - end + 8;
    if (weighted < bestDistance) {
      best = m;
      bestDistance = weighted;
    }
  }
  return best;
}

const CLAUSE_MARK = /[,;:()—–]|\s-\s/g;

function clauseAround(text: string, from: number, to: number, start: number, end: number): { from: number; to: number } {
  let clauseFrom = from;
  const before = text.slice(from, start);
  for (let m = CLAUSE_MARK.exec(before); m !== null; m = CLAUSE_MARK.exec(before)) clauseFrom = from + m.index + m[0].length;
  const after = CLAUSE_MARK.exec(text.slice(end, to));
  CLAUSE_MARK.lastIndex = 0;
  return { from: clauseFrom, to: after ? end + after.index : to };
}

function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  const base = Math.max(0, start - REACH);
  let from = base;
  let to = Math.min(text.length, end + REACH);
  const before = text.slice(base, start);
  for (let m = SENTENCE_END.exec(before); m !== null; m = SENTENCE_END.exec(before)) {
    if (m[0] !== '\n' && endsInAbbreviation(before, m.index + 1)) continue;
    from = base + m.index + m[0].length;
  }
  const after = text.slice(end, to);
  for (let m = SENTENCE_END.exec(after); m !== null; m = SENTENCE_END.exec(after)) {
    if (m[0] !== '\n' && endsInAbbreviation(after, m.index + 1)) continue;
    to = end + m.index + 1;
    break;
  }
  SENTENCE_END.lastIndex = 0;
  return { from, to };
}
