import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { corpusView } from '../corpus-view.js';
import { PositionMap, editOf } from '../positions.js';
import { fixture, uriOf } from '../test-fixtures.js';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semantic-tokens.js';

interface Decoded {
  text: string;
  type: string;
  modifiers: string[];
  line: number;
}

/** Undoes LSP's relative encoding and reads each token's text from `text`. */
function decode(data: number[], text: string): Decoded[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dLine, dChar, length, type, bits] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    out.push({
      text: lines[line]!.slice(character, character + length),
      type: SEMANTIC_TOKENS_LEGEND.tokenTypes[type]!,
      modifiers: SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, b) => bits & (1 << b)),
      line,
    });
  }
  return out;
}

const brief = (tokens: Decoded[]) => tokens.map((t) => `${t.text}|${[t.type, ...t.modifiers].join('.')}`);

describe('semanticTokens', () => {
  const f = fixture();

  it('types every mention with its kind as modifier', () => {
    const tokens = semanticTokens(f.view, uriOf('a'))!;
    expect(brief(decode(tokens.data, f.texts['a']!))).toEqual([
      'Baku|place.city',
      'Valery Gerasimov|actor.person',
      'Joe Dunford|actor.person',
      'Baku|place.city',
      'Azerbaijan|place.country',
      'Feb. 16, 2017|date',
      'Gerasimov|actor.person',
      'NATO|actor.organization',
      'Azerbaijan|place.country',
    ]);
  });

  it('uses standard types in the standard style', () => {
    const tokens = semanticTokens(f.view, uriOf('c'), { style: 'standard' })!;
    expect(brief(decode(tokens.data, f.texts['c']!))).toEqual([
      'Paris|string.city',
      'France|string.country',
      'Tuesday|number',
      'Emmanuel Macron|class.person',
      'Macron|class.person',
    ]);
  });

  it('positions tokens after CRLF line ends', () => {
    const macron = decode(semanticTokens(f.view, uriOf('c'))!.data, f.texts['c']!).at(-1)!;
    expect(macron).toMatchObject({ text: 'Macron', line: 3 });
  });

  it('keeps only tokens touching a range', () => {
    const range = { start: f.at('a', 'Gerasimov said'), end: { line: 99, character: 0 } };
    const tokens = semanticTokens(f.view, uriOf('a'), { range })!;
    expect(brief(decode(tokens.data, f.texts['a']!))).toEqual(['Gerasimov|actor.person', 'NATO|actor.organization', 'Azerbaijan|place.country']);
  });

  it('splits a mention across a line break into one token per line', () => {
    const text = 'They met on Dec.\n18, 2019 in Bern.';
    const g = fixture({ x: text });
    expect(brief(decode(semanticTokens(g.view, uriOf('x'))!.data, text))).toEqual(['Dec.|date', '18, 2019|date', 'Bern|place.city']);
  });

  it('follows edits not yet analysed, leaving out the mentions they touched', () => {
    const text = f.texts['c']!;
    const document = TextDocument.create(uriOf('c'), 'plaintext', 1, text);
    const change = { range: { start: f.at('c', 'Paris'), end: f.at('c', 'Paris', { delta: 2 }) }, text: 'Lyon, near Pa' };
    const edits = [editOf(document, change)];
    TextDocument.update(document, [change], 2);
    const view = corpusView(f.corpus, (uri) => (uri === uriOf('c') ? PositionMap.edited(document, edits) : undefined));
    const tokens = decode(semanticTokens(view, uriOf('c'))!.data, document.getText());
    expect(brief(tokens)).toEqual(['France|place.country', 'Tuesday|date', 'Emmanuel Macron|actor.person', 'Macron|actor.person']);
  });

  it('answers undefined for an article the corpus does not hold', () => {
    expect(semanticTokens(f.view, uriOf('nope'))).toBeUndefined();
  });
});
