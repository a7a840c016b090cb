import { Corpus } from '@seedlens/query';
import type { Position } from 'vscode-languageserver';
import { corpusView, type CorpusView } from './corpus-view.js';
import { PositionMap } from './positions.js';

/** Small articles for feature tests. `b` has a creation date, `c` has CRLF line ends, `d` is a two-article digest. */
export const ARTICLES: Record<string, string> = {
  a: 'Generals meet in Baku\n\nArmy Gen. Valery Gerasimov met Marine Gen. Joe Dunford in Baku, Azerbaijan, on Feb. 16, 2017.\nGerasimov said the talks with NATO in Azerbaijan were useful.\n',
  b: '---\ntitle: Talks in Helsinki\ndate: 2017-03-01\n---\nRussian Gen. Valeriy Gerasimov met Dunford in Helsinki, Finland, last month.\nIn the 1980s such meetings were rare, Gerasimov said.\n',
  c: 'Weather report\r\n\r\nRain fell on Paris, France, on Tuesday. President Emmanuel Macron stayed home.\r\nMacron said the rain would stop.\r\n',
  d: 'Digest of the week\n\nGerasimov visits Baku\nGen. Valery Gerasimov arrived in Baku on Monday.\nSource: The Meridian Post\n\nDunford goes to Helsinki\nGen. Joe Dunford flew to Helsinki, Finland.\nSource: Harbour Daily\n',
};

export const uriOf = (name: string): string => `file:///news/${name}.txt`;

export interface Fixture {
  corpus: Corpus;
  view: CorpusView;
  texts: Record<string, string>;
  /** The position of the `nth` occurrence of `needle` in article `name`, `delta` characters in. */
  at(name: string, needle: string, options?: { nth?: number; delta?: number }): Position;
  /** The text an LSP range covers in article `name`. */
  textOf(name: string, range: { start: Position; end: Position }): string;
}

/** A corpus of `texts` (by default ARTICLES), each under `file:///news/NAME.txt`. */
export function fixture(texts: Record<string, string> = ARTICLES): Fixture {
  const corpus = new Corpus();
  for (const [name, text] of Object.entries(texts)) corpus.upsert(uriOf(name), text);
  const view = corpusView(corpus);
  const offsetOf = (name: string, needle: string, nth: number): number => {
    const text = texts[name] ?? '';
    let offset = -1;
    for (let i = 0; i <= nth; i++) {
      offset = text.indexOf(needle, offset + 1);
      if (offset < 0) throw new Error(`"${needle}" #${nth} not in ${name}`);
    }
    return offset;
  };
  return {
    corpus,
    view,
    texts,
    at(name, needle, { nth = 0, delta = 0 } = {}) {
      return PositionMap.of(texts[name] ?? '').position(offsetOf(name, needle, nth) + delta)!;
    },
    textOf(name, range) {
      const map = PositionMap.of(texts[name] ?? '');
      return (texts[name] ?? '').slice(map.offset(range.start), map.offset(range.end));
    },
  };
}
