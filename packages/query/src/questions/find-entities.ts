// Entities by name, for completion and workspace symbols: every word typed must start a word of
// one of the entity's names ("gera" → Valery Gerasimov, "val ger" too); when that finds too
// few, the letters typed in order anywhere in a name ("vgrsm"). Case and accents never matter.
import type { ClusterHandle } from '../index/join/entity-join.js';
import type { Indexes } from '../index/indexes.js';
import { foldedWords } from '../text/text-fold.js';
import type { CorpusEntity } from '../types.js';

export function findEntities({ join }: Indexes, text: string, limit: number): CorpusEntity[] {
  const typed = foldedWords(text);
  if (typed.length === 0 || limit <= 0) return [];
  const ranked = new Map<ClusterHandle, number>();

  // Prefix phase: the clusters having, for every typed word, a name word it starts.
  const perWord = typed.map((t) => {
    const here = new Set<ClusterHandle>();
    for (const word of join.names.words()) {
      if (!word.startsWith(t)) continue;
      for (const key of join.names.keysWith(word)) here.add(join.clusterOfKey(key));
    }
    return here;
  });
  const found = perWord.reduce((all, here) => new Set([...all].filter((c) => here.has(c))));
  const whole = typed.join(' ');
  for (const c of found) {
    const names = foldedNames(join.entity(c));
    // Exact name, then whole typed words, then prefixes.
    const rank = names.includes(whole) ? 3 : typed.every((t) => names.some((n) => n.split(' ').includes(t))) ? 2 : 1;
    ranked.set(c, rank);
  }

  // Fuzzy phase: the typed letters in order within a name.
  if (ranked.size < limit) {
    const letters = typed.join('');
    for (const c of join.allClusters()) {
      if (ranked.has(c) || join.typeOf(c) === 'date') continue;
      if (foldedNames(join.entity(c)).some((n) => isSubsequence(letters, n.replaceAll(' ', '')))) ranked.set(c, 0);
    }
  }

  return [...ranked]
    .map(([c, rank]) => ({ entity: join.entity(c), rank }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        b.entity.articleCount - a.entity.articleCount ||
        b.entity.mentionCount - a.entity.mentionCount ||
        (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ entity }) => entity);
}

// Entity records are replaced, never mutated, when they change: a weak cache per record stays right.
const folded = new WeakMap<CorpusEntity, string[]>();

function foldedNames(entity: CorpusEntity): string[] {
  let names = folded.get(entity);
  if (!names) folded.set(entity, (names = entity.names.map((n) => foldedWords(n).join(' '))));
  return names;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}
