import { PARTICLE_PREFIX } from './affixes.js';
import { fold } from './gazetteer.js';
import type { TokenSpan } from './tagger/labels.js';
import type { Token } from '../segment/tokenize.js';
import { FACT, factsOf, isTitleWord } from './word-facts.js';
import { NAME_TYPES } from './tagger/labels.js';
import type { SurfaceFacts } from './surface-facts.js';

const PERSON = NAME_TYPES.indexOf('person');
const PLACE = NAME_TYPES.indexOf('place');

/**
 * One sense per article: the tagger decides each mention from what precedes it, so a name's
 * first mentions can disagree with its later ones ("Obama" a place in a headline, a person
 * below). Afterwards every mention of a surface takes the type that most of its mentions have,
 * and a lone word that is the first or last word of a person's full name elsewhere in the article
 * is that person ("Dunford" after "Joe Dunford"), as is a word the tagger read as a person after a
 * title ("General Dunford"): a title is as sure a sign as a given name. Ties keep what the tagger
 * said. Surfaces are compared folded (lower case, no accents). The spans at the positions in
 * `fixed` keep their type and cast no vote (a dateline's place). Returns the folded words of the
 * article's people's names.
 */
export function oneSensePerArticle(spans: TokenSpan[], surfaces: readonly SurfaceFacts[], tokens: readonly Token[], fixed: ReadonlySet<number> = new Set()): ReadonlySet<string> {
  // Each surface's votes, NAME_TYPES.length numbers from its index in `votes`: one table, not an
  // array per surface, of which a text of ever new names has as many as names.
  const voteAt = new Map<string, number>();
  const votes = new Int32Array(spans.length * NAME_TYPES.length);
  // Words of people's names: of full names (which retype a lone word), and of any person.
  const personWords = new Set<string>();
  const fullNameWords = new Set<string>();
  spans.forEach((s, i) => {
    const key = surfaces[i]!.folded;
    let v = voteAt.get(key);
    if (v === undefined) voteAt.set(key, (v = voteAt.size * NAME_TYPES.length));
    if (!fixed.has(i)) votes[v + s.type]!++;
    if (s.type === PERSON) {
      const surface = surfaces[i]!;
      const words = surface.text.split(/\s+/);
      const named = words.length > 1 || afterTitle(tokens, s.first);
      const add = (f: string) => {
        personWords.add(f);
        if (named) fullNameWords.add(f);
      };
      // A word written as its token is asked of the token, whose facts are remembered on it; a
      // lone word is the surface, folded already.
      if (words.length === 1) addNameWord(words[0]!, tokens[s.first]!, add, surface.folded);
      else {
        addNameWord(words[0]!, tokens[s.first]!, add);
        addNameWord(words[words.length - 1]!, tokens[s.last]!, add);
      }
    }
  });
  spans.forEach((s, i) => {
    if (fixed.has(i)) return;
    const key = surfaces[i]!.folded;
    if (s.first === s.last && s.type !== PLACE && fullNameWords.has(key)) {
      s.type = PERSON;
      return;
    }
    const v = voteAt.get(key)!;
    let best = s.type;
    for (let t = 0; t < NAME_TYPES.length; t++) if (votes[v + t]! > votes[v + best]!) best = t;
    s.type = best;
  });
  return personWords;
}

/** The folded forms of a word of a person's name, `w` as written, `t` the token that may be it. */
function addNameWord(w: string, t: Token, add: (folded: string) => void, folded = fold(w)): void {
  // Titles and countries stay out ("US Secretary of State Tillerson" lends no "US").
  const facts = factsOf(t.text === w ? t : w);
  if (facts.flags & FACT.title || facts.place) return;
  add(folded);
  // "Bashar al-Assad" is also "Assad".
  const particle = PARTICLE_PREFIX.exec(w);
  if (particle) add(fold(w.slice(particle[0].length)));
}

/** Whether a capitalized title stands right before token `first` ("General Dunford", "Gen. Dunford"). */
function afterTitle(tokens: readonly Token[], first: number): boolean {
  let before = first - 1;
  if (before > 0 && tokens[before]!.text === '.') before--;
  const t = tokens[before];
  // Not in a line of capitals, where any word looks like a title ("BARATELLI TO COACH NICE").
  return t !== undefined && t.upper && !t.sentenceStart && !t.shouting && isTitleWord(t);
}
