// Peoples, faiths and blocs named by a word of their own: like nationality words, they describe
// who someone is and name no actor or place ("the Kurds", "Sunni fighters", "Soviet tanks").
// A closed class, written by hand; nationality words themselves come from the demonym gazetteer.
const GROUP_WORDS = new Set([
  'arab', 'alawite', 'berber', 'buddhist', 'catholic', 'christian', 'copt', 'druze', 'hindu', 'jew', 'jewish', 'kurd', 'kurdish',
  'muslim', 'orthodox', 'pashtun', 'persian', 'protestant', 'shia', 'shiite', 'shi’ite', "shi'ite", 'sikh', 'slav', 'sunni', 'tajik',
  'tatar', 'turk', 'turkmen', 'uighur', 'uyghur', 'uzbek', 'yazidi', 'soviet', 'islamist', 'jihadist', 'salafist', 'zionist', 'baathist',
  'western', 'eastern', 'northern', 'southern',
]);

/** "Kurds", "Muslim", "Soviet", "Western": a group or bloc word, not a name. */
export function isGroupWord(word: string): boolean {
  const lower = word.toLowerCase();
  return GROUP_WORDS.has(lower) || (lower.endsWith('s') && GROUP_WORDS.has(lower.slice(0, -1)));
}
