import type { Corpus } from '@seedlens/query';
import type { Location, Position } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';

interface TitleTarget {
  uri: string;
  start: number;
  end: number;
}

interface TitleIndex {
  version: number;
  titles: Map<string, TitleTarget[]>;
}
const titleIndexes = new WeakMap<Corpus, TitleIndex>();

/** Titles compare without case, punctuation or spacing differences. */
function titleKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Every article title (and section title of multi-article files) → where that article starts. */
function titlesOf(corpus: Corpus): Map<string, TitleTarget[]> {
  let index = titleIndexes.get(corpus);
  if (!index || index.version !== corpus.version) {
    const titles = new Map<string, TitleTarget[]>();
    const add = (title: string, target: TitleTarget) => {
      const key = titleKey(title);
      if (key.length < 8) return; // short lines ("Related Stories") are not titles worth jumping from
      const list = titles.get(key) ?? [];
      if (!list.some((t) => t.uri === target.uri && t.start === target.start)) list.push(target);
      titles.set(key, list);
    };
    for (const uri of corpus.uris()) {
      const document = corpus.get(uri);
      if (!document) continue;
      add(document.title, { uri, start: 0, end: 0 });
      const sections = document.analysis.source.sections;
      if (sections.length > 1) for (const s of sections) add(s.title, { uri, start: s.start, end: s.start });
    }
    index = { version: corpus.version, titles };
    titleIndexes.set(corpus, index);
  }
  return index.titles;
}

/** The line of the analysed text around `offset`. */
function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

function locationOf(view: CorpusView, uri: string, start: number, end: number): Location | undefined {
  const range = view.positions(uri)?.range(start, end);
  return range && { uri, range };
}

/**
 * Go to definition: on a mention, the entity's first mention in the corpus; on a line that is
 * another article's title (a "Related stories" list, a digest's table of contents), that article.
 */
export function definition(view: CorpusView, uri: string, position: Position): Location[] | null {
  const offset = view.positions(uri)?.offset(position);
  if (offset === undefined) return null;
  const found = view.corpus.mentionAt(uri, offset);
  if (found) {
    const first = view.corpus.firstMention(found.entityId);
    const location = first && locationOf(view, first.uri, first.mention.start, first.mention.end);
    return location ? [location] : null;
  }
  const text = view.corpus.get(uri)?.analysis.source.text ?? '';
  const targets = titlesOf(view.corpus).get(titleKey(lineAround(text, offset))) ?? [];
  const locations = targets
    .filter((t) => t.uri !== uri)
    .map((t) => locationOf(view, t.uri, t.start, t.end))
    .filter((l): l is Location => l !== undefined);
  return locations.length > 0 ? locations : null;
}
