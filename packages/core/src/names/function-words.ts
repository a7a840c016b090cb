import type { Token } from '../segment/tokenize.js';
import type { TokenSpan } from './tagger/labels.js';

// Words that open sentences and never names: conjunctions, adverbs of time and place,
// prepositions and quantifiers, capitalized as at a sentence start. A closed class; words that
// also open names stay out ("The Hague", "All Blacks", "Will Carling", "AS Roma").
const FUNCTION_WORDS = new Set([
  'Then', 'But', 'And', 'Or', 'So', 'Yet', 'When', 'While', 'If', 'As', 'After', 'Before', 'Since', 'Because',
  'Although', 'Though', 'However', 'Meanwhile', 'Also', 'Still', 'Now', 'Here', 'There', 'This', 'That', 'These',
  'Those', 'At', 'By', 'For', 'From', 'With', 'Of', 'To', 'Into', 'Under', 'Over', 'About', 'During', 'Without',
  'Within', 'Between', 'Among', 'Against', 'Despite', 'Instead', 'Thus', 'Hence', 'Therefore', 'Moreover',
  'Furthermore', 'Finally', 'Later', 'Earlier', 'Today', 'Tonight', 'Yesterday', 'Tomorrow', 'Once', 'Even', 'Only',
  'Just', 'Yes', 'No', 'Not', 'Some', 'Many', 'Most', 'Every', 'Each', 'Both', 'Either', 'Neither', 'Another', 'What',
  'Which', 'Who', 'Whom', 'Whose', 'Where', 'Why', 'How', 'Whether', 'Unlike', 'Like', 'According', 'Following',
  'Until', 'Unless', 'Whereas', 'Indeed', 'Perhaps', 'Maybe', 'Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Has',
  'Have', 'Had', 'Would', 'Could', 'Should', 'Might', 'Must', 'We', 'You', 'He', 'She', 'It', 'They', 'Our', 'Your',
  'His', 'Her', 'Its', 'Their', 'Little', 'Much', 'Few', 'Several', 'Other',
]);

const ARTICLES = new Set(['The', 'A', 'An']);

/**
 * "Then Gera…", "Little is known": a capitalized function word opening a sentence opens no name.
 * Spans lose it, and a span that was nothing else is dropped. "Inessa S. The press…": a span that
 * runs on past an initial's period into such a word (or an article) ends at the period.
 */
export function trimFunctionWords(spans: TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  const opensSentence = (t: Token) => t.sentenceStart && !t.shouting && FUNCTION_WORDS.has(t.text);
  const opensAfterPeriod = (i: number) => !tokens[i]!.shouting && tokens[i - 1]!.text === '.' && (FUNCTION_WORDS.has(tokens[i]!.text) || ARTICLES.has(tokens[i]!.text));
  for (const s of spans) {
    while (s.first < s.last && opensSentence(tokens[s.first]!)) s.first++;
    for (let i = s.first + 2; i <= s.last; i++) {
      if (!opensAfterPeriod(i)) continue;
      // The period stays with the initial before it ("S."); the name ends there.
      s.last = i - 2;
      break;
    }
  }
  return spans.filter((s) => s.first < s.last || !opensSentence(tokens[s.first]!));
}
