
// Titles, ranks and honorifics that stand before a name and become its `role`: a closed class.
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'commander', 'general', 'admiral',
  'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'private', 'corporal', 'marshal', 'field', 'rear', 'ambassador', 'envoy', 'senator',
  'representative', 'congressman', 'congresswoman', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'crown', 'sheikh', 'emir', 'sultan',
  'pope', 'emperor', 'chancellor', 'premier', 'judge', 'justice', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'professor', 'sir',
  'lord', 'lady', 'dame', 'speaker', 'ayatollah', 'patriarch', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'deputy', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'attorney', 'special', 'acting', 'former', 'strongman', 'leader', 'commissioner', 'inspector', 'officer',
  'undersecretary', 'assistant', 'senior', 'supreme', 'first', 'class', 'grand', 'coach', 'manager', 'ceo', 'founder', 'dictator', 'analyst',
  'correspondent', 'editor', 'reporter', 'columnist', 'economist', 'historian', 'author', 'host', 'anchor', 'adviser', 'advisor', 'counselor',
  'secretary-general', 'under-secretary', 'vice-president', 'ex-president', 'then-president', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'gen', 'lt', 'col',
  'maj', 'capt', 'sgt', 'adm', 'cpl', 'pvt', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'st', 'state', 'staff', 'national', 'security', 'intelligence',
  'lawmaker', 'premier', 'chairman-elect', 'president-elect', 'activist', 'opposition', 'leader', 'commandant', 'chaplain', 'gen.', '1st', '2nd', '3rd',
]);
// Words that close a title: a name may follow them directly.
const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'commander', 'general', 'admiral', 'colonel',
  'major', 'captain', 'lieutenant', 'sergeant', 'private', 'corporal', 'marshal', 'ambassador', 'envoy', 'senator', 'representative', 'congressman',
  'congresswoman', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope', 'emperor', 'chancellor', 'premier',
  'judge', 'justice', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'professor', 'sir', 'lord', 'lady', 'dame', 'speaker', 'ayatollah',
  'patriarch', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'strongman', 'leader', 'commissioner', 'inspector', 'undersecretary', 'coach',
  'manager', 'ceo', 'founder', 'dictator', 'correspondent', 'editor', 'reporter', 'columnist', 'adviser', 'advisor', 'secretary-general',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cpl', 'pvt', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'rev',
  'class', 'president-elect', 'commandant', 'lawmaker', 'analyst', 'economist', 'historian', 'author', 'host', 'anchor',
]);
// Armed services written inside a rank ("Army Gen.", "Marine Corps Gen."): part of the role.
const SERVICES = new Set(['army', 'navy', 'air', 'force', 'marine', 'marines', 'corps', 'coast', 'guard', 'national', 'space']);
// A period after these is part of the title, not the end of a sentence.
export const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cpl', 'pvt', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'st']);

const key = (word: string) => word.toLowerCase().replace(/^(?:then|ex|former)-/, '');
/** Title, title-head and service bits of one word (see word-facts.ts, which asks once per word). */
export const TITLE = 1;
export const TITLE_HEAD = 2;
export const SERVICE = 4;
export function titleFlags(word: string): number {
  const k = key(word);
  return (TITLE_WORDS.has(k) || TITLE_HEADS.has(k) ? TITLE : 0) | (TITLE_HEADS.has(k) ? TITLE_HEAD : 0) | (SERVICES.has(word.toLowerCase()) ? SERVICE : 0);
}
