
// Head words that make a capitalized phrase an organization ("… Department", "Ministry of …"):
// a closed class of institutional nouns.
const ORG_HEADS = new Set([
  'department', 'ministry', 'staff', 'chiefs', 'council', 'committee', 'commission', 'agency', 'bureau', 'office', 'service', 'services', 'administration',
  'party', 'army', 'navy', 'forces', 'force', 'corps', 'guard', 'guards', 'brigade', 'brigades', 'division', 'battalion', 'regiment', 'command', 'front',
  'militia', 'movement', 'observatory', 'organization', 'organisation', 'union', 'institute', 'institution', 'university', 'college', 'academy', 'school',
  'bank', 'fund', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'group', 'holdings', 'airlines', 'airways', 'motors', 'industries',
  'times', 'post', 'journal', 'news', 'press', 'herald', 'tribune', 'gazette', 'magazine', 'review', 'telegraph', 'guardian', 'observer', 'monitor',
  'television', 'radio', 'broadcasting', 'network', 'channel', 'agency', 'congress', 'parliament', 'senate', 'assembly', 'duma', 'knesset', 'court',
  'tribunal', 'cabinet', 'government', 'authority', 'authorities', 'directorate', 'federation', 'association', 'society', 'foundation', 'trust',
  'club', 'league', 'team', 'alliance', 'coalition', 'pact', 'bloc', 'platform', 'board', 'center', 'centre', 'council', 'police', 'unit', 'units',
  'brotherhood', 'hezbollah', 'secretariat', 'embassy', 'consulate', 'mission', 'delegation', 'legion', 'squadron', 'fleet', 'caucus', 'initiative',
  'house', 'program', 'programme', 'project', 'summit', 'forum', 'conference', 'lab', 'laboratory', 'laboratories', 'systems', 'technologies', 'enterprises',
]);
// Organizations named for something else, where the head word comes first ("Ministry of Defense").
const LEADING_HEADS = new Set(['department', 'ministry', 'office', 'bank', 'university', 'institute', 'council', 'committee', 'commission', 'league', 'union', 'house', 'court', 'board']);
// Events and meetings carry head-like words but are not actors (CoNLL puts them in MISC).
const EVENT_HEADS = new Set(['summit', 'forum', 'conference', 'program', 'programme', 'project', 'initiative']);

/** Organization-head bits of one word (see word-facts.ts, which asks once per word). */
export const ORG_HEAD = 1;
export const LEADING_ORG_HEAD = 2;
export function orgHeadFlags(word: string): number {
  const lower = word.toLowerCase();
  return (ORG_HEADS.has(lower) && !EVENT_HEADS.has(lower) ? ORG_HEAD : 0) | (LEADING_HEADS.has(lower) ? LEADING_ORG_HEAD : 0);
}
