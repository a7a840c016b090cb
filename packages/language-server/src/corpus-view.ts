import type { Analysis } from '@seedlens/core';
import type { Corpus } from '@seedlens/query';
import { PositionMap } from './positions.js';

/** What every feature reads: the corpus, and where each article's offsets are in the editor. */
export interface CorpusView {
  readonly corpus: Corpus;
  /** Positions of an article of the corpus; undefined for a URI the corpus does not hold. */
  positions(uri: string): PositionMap | undefined;
}

/** Whether a long-running feature should stop (an LSP CancellationToken fits). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

const maps = new WeakMap<Analysis, PositionMap>();

/**
 * A view of `corpus` in which open documents use `open` (which knows about edits not yet
 * analysed) and every other article is positioned in its analysed text, built once per analysis.
 */
export function corpusView(corpus: Corpus, open?: (uri: string) => PositionMap | undefined): CorpusView {
  return {
    corpus,
    positions(uri) {
      const document = corpus.get(uri);
      if (!document) return undefined;
      const live = open?.(uri);
      if (live) return live;
      let map = maps.get(document.analysis);
      if (!map) {
        map = PositionMap.of(document.analysis.source.text);
        maps.set(document.analysis, map);
      }
      return map;
    },
  };
}
