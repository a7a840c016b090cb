import { URI, Utils } from 'vscode-uri';
import type { Corpus } from '@seedlens/query';

/** The file name of a URI without its extension. */
export function fileStem(uri: string): string {
  let name: string;
  try {
    name = Utils.basename(URI.parse(uri));
  } catch {
    name = uri.slice(uri.lastIndexOf('/') + 1);
  }
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function leadingPart(stem: string): string {
  const match = /^[^_\-\s.]{2,}(?=[_\-\s.])/.exec(stem);
  return match ? match[0] : stem;
}

interface Labels {
  version: number;
  counts: Map<string, number>;
}
const cache = new WeakMap<Corpus, Labels>();

/**
 * A short name for an article in lenses and lists: the part of its file name before the first
 * `_`, `-`, space or dot when no other article of the corpus starts the same way
 * (`000_30df4f1c.txt` → `000`), else the whole file name without extension.
 */
export function articleLabel(corpus: Corpus, uri: string): string {
  let labels = cache.get(corpus);
  if (!labels || labels.version !== corpus.version) {
    const counts = new Map<string, number>();
    for (const other of corpus.uris()) {
      const part = leadingPart(fileStem(other));
      counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    labels = { version: corpus.version, counts };
    cache.set(corpus, labels);
  }
  const stem = fileStem(uri);
  const part = leadingPart(stem);
  return part !== stem && (labels.counts.get(part) ?? 0) <= 1 ? part : stem;
}
