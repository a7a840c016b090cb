import type { Corpus } from '../src/corpus.js';

/**
 * What a corpus answers, through every reading method, for comparing two corpora built
 * differently (from texts, records, a snapshot, a cache). `queries`: searches that fit the fixture.
 */
export function corpusAnswers(c: Corpus, queries: readonly string[]) {
  const uris = c.uris();
  const someone = c.entities({ type: 'actor' })[0]?.id ?? '';
  return {
    uris,
    entities: c.entities(),
    places: c.entities({ type: 'place' }).map((e) => c.articlesFor(e.id)),
    mentions: uris.map((u) => c.mentionsIn(u)),
    at: uris.map((u) => c.mentionAt(u, c.mentionsIn(u)[1]?.mention.start ?? 0)),
    related: uris.map((u) => c.related(u)),
    titles: uris.map((u) => c.get(u)?.title),
    analyses: uris.map((u) => c.get(u)?.analysis),
    search: queries.map((q) => c.search(q)),
    found: c.findEntities(someone.slice(someone.indexOf(':') + 1, someone.indexOf(':') + 5)),
    timeline: c.timeline(),
    cooccurrence: c.cooccurrence(someone),
    of: c.mentionsOf(someone),
  };
}
