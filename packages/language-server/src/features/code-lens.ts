import type { CodeLens } from 'vscode-languageserver';
import { articleLabel } from '../article-label.js';
import { COMMANDS } from '../commands.js';
import type { CorpusView } from '../corpus-view.js';
import { printable } from '../printable.js';

/**
 * "Related: 000 · 004 · 002" at the top of an article: one lens per related article, best first
 * (editors show lenses of one line side by side), each opening that article.
 */
export function codeLenses(view: CorpusView, uri: string, options: { limit?: number } = {}): CodeLens[] | null {
  const positions = view.positions(uri);
  if (!positions) return null;
  const start = positions.position(0) ?? { line: 0, character: 0 };
  const range = { start, end: start };
  return view.corpus.related(uri, { limit: options.limit ?? 3 }).map((related, i) => {
    const label = printable(articleLabel(view.corpus, related.uri));
    return {
      range,
      command: {
        title: i === 0 ? `Related: ${label}` : label,
        tooltip: printable(`${related.title} — shares ${related.shared.slice(0, 3).map((e) => e.name).join(', ')}`),
        command: COMMANDS.openRelated,
        arguments: [related.uri],
      },
    };
  });
}
