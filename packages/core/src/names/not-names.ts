import type { Token } from '../segment/tokenize.js';
import { lookupPlace } from './gazetteer.js';
import { demonymOf, isGroupWord } from './word-facts.js';

/**
 * A single word that the annotation guide never counts as an actor or a place: a pronoun
 * capitalized at a sentence start ("We", "I’ve"), a people or faith ("Syrians", "Kurds"), or the
 * inhabitants of a place ("Berliners").
 */
export function namesSomeone(t: Token | string): boolean {
  const text = typeof t === 'string' ? t : t.text;
  const word = CONTRACTION.test(text) ? text.replace(CONTRACTION, '') : text;
  if (PRONOUNS.has(word) || COMMON_ACRONYMS.has(word)) return false;
  // The token itself where it is the word: its facts are remembered on it.
  const asked = word === text ? t : word;
  if (isGroupWord(asked) || (demonymOf(asked) !== undefined && !lookupPlace(word))) return false;
  if (word.endsWith('s') && (demonymOf(word.slice(0, -1)) !== undefined || isGroupWord(word.slice(0, -1)))) return false;
  const inhabitants = word.endsWith('ers') || word.endsWith('ians') ? INHABITANTS.exec(word) : null;
  return !(inhabitants && lookupPlace(inhabitants[1]!));
}
const CONTRACTION = /['’](?:m|ll|re|ve|d)$/i;
// "Berliners", "Parisians": people of a place.
const INHABITANTS = /^(\p{Lu}\p{Ll}+?)(?:ers|ians)$/u;

// Acronyms of common nouns ("the TV", "IDP camps"): a closed class.
const COMMON_ACRONYMS = new Set(['TV', 'ID', 'AM', 'PM', 'OK', 'GMT', 'UTC', 'CEO', 'CFO', 'GDP', 'IDP', 'IDPs', 'VIP', 'DNA', 'HIV', 'UAV', 'UAVs', 'IED', 'IEDs', 'PC', 'SUV', 'FAQ', 'ATM']);

// Pronouns capitalized at a sentence start name no one: a closed class.
const PRONOUNS = new Set(['I', 'We', 'You', 'He', 'She', 'They', 'It', 'Its', 'Our', 'My', 'His', 'Her', 'Their', 'Them', 'Me', 'Him', 'Us', 'This', 'That', 'These', 'Those']);

// Ships are no actors ("USS Ross"): the annotation guide leaves them out.
const SHIP_PREFIX = /^(?:USS|HMS|INS|RFS|HMCS|HMAS)$/;
/** A span that opens with a ship prefix names a ship. */
export const namesShip = (first: Token, length: number): boolean => length > 1 && SHIP_PREFIX.test(first.text);

// Head words of the names of events, wars, treaties, laws and policies, which the annotation guide
// leaves out ("Cuban Missile Crisis", "Minsk Agreement", "National Defense Strategy"): a closed class.
const EVENT_HEADS = new Set([
  'War', 'Wars', 'Crisis', 'Summit', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships', 'Forum', 'Festival',
  'Revolution', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Treaty', 'Doctrine', 'Strategy', 'Act', 'Election',
  'Elections', 'Referendum', 'Massacre', 'Uprising', 'Offensive',
]);
/**
 * A name of several words that ends in an event's head word names an event, not an actor or
 * place; "Article V", "Chapter 11", "Section 230" name a part of a text.
 */
export function namesEvent(surface: string): boolean {
  const space = surface.lastIndexOf(' ');
  return space > 0 && (EVENT_HEADS.has(surface.slice(space + 1)) || PART_OF_TEXT.test(surface));
}
const PART_OF_TEXT = /^(?:Article|Section|Chapter|Clause|Paragraph|Annex)\s+(?:\d+[A-Za-z]?|[IVXLC]+)$/;
