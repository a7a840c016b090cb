import { describe, expect, it } from 'vitest';
import { UsageError } from './args.js';
import { looksLikePath, parseEntitiesArgs, parseQueryArgs, parseRelatedArgs, parseTimelineArgs } from './corpus-args.js';

describe('corpus command arguments', () => {
  it('defaults PATH to the working folder, and related to the file\'s folder', () => {
    expect(parseQueryArgs(['actor:x'])).toMatchObject({ help: false, query: 'actor:x', paths: ['.'], json: false, cache: true, limit: 20 });
    expect(parseRelatedArgs(['seeds/001.txt', '--json', '--limit', '3'])).toMatchObject({ file: 'seeds/001.txt', paths: ['seeds'], json: true, limit: 3 });
  });

  it('tells a timeline query from a path by whether the path exists', () => {
    expect(parseTimelineArgs(['--actor', 'Gerasimov', 'seeds'])).toMatchObject({ selection: { kind: 'actor', name: 'Gerasimov' }, paths: ['seeds'] });
    expect(parseTimelineArgs(['place:baku', '.'])).toMatchObject({ selection: { kind: 'query', query: 'place:baku' }, paths: ['.'] });
    expect(parseTimelineArgs(['.'])).toMatchObject({ selection: { kind: 'all' }, paths: ['.'] });
  });

  it('reads a first query word with a colon, a quote or a space as the query, though it starts with "-"', () => {
    expect(parseQueryArgs(['-place:syria', 'seeds'])).toMatchObject({ query: '-place:syria', paths: ['seeds'] });
    expect(parseQueryArgs(['-place:syria actor:assad', '--limit', '3'])).toMatchObject({ query: '-place:syria actor:assad', limit: 3, paths: ['.'] });
    expect(parseQueryArgs(['-"hot line"', 'seeds', '--json'])).toMatchObject({ query: '-"hot line"', json: true });
    expect(parseTimelineArgs(['-place:syria', 'seeds'])).toMatchObject({ selection: { kind: 'query', query: '-place:syria' }, paths: ['seeds'] });
    // Any other word that starts with "-" goes after "--", as the usage says.
    expect(parseQueryArgs(['--', '-gerasimov', 'seeds'])).toMatchObject({ query: '-gerasimov', paths: ['seeds'] });
    expect(() => parseQueryArgs(['-gerasimov'])).toThrow(/unknown option '-g' \(a query word that starts with '-' goes after '--'\)/);
    expect(parseQueryArgs(['--help'])).toEqual({ help: true });
  });

  it('takes a missing first word that looks like a path for a path, not a query', () => {
    expect(parseTimelineArgs(['seeds/typo'])).toMatchObject({ selection: { kind: 'all' }, paths: ['seeds/typo'] });
    expect(parseTimelineArgs(['typo.txt', 'seeds'])).toMatchObject({ selection: { kind: 'all' }, paths: ['typo.txt', 'seeds'] });
    expect(parseTimelineArgs(['gerasimov', 'seeds'])).toMatchObject({ selection: { kind: 'query', query: 'gerasimov' } });
    for (const word of ['a/b', './x', '../x', '~/news', 'x.TXT', 'C:\\news']) expect(looksLikePath(word), word).toBe(true);
    for (const word of ['gerasimov', 'U.S.', 'date:2017..2019', 'place:a/b', '"a/b"', 'a OR b/c', '-x/y', '(a/b)']) expect(looksLikePath(word), word).toBe(false);
  });

  it('refuses what it cannot mean', () => {
    expect(() => parseQueryArgs([])).toThrow(UsageError);
    expect(() => parseRelatedArgs([])).toThrow(UsageError);
    expect(() => parseTimelineArgs(['--actor', 'a', '--place', 'b'])).toThrow(/not both/);
    expect(() => parseEntitiesArgs(['--type', 'thing'])).toThrow(/--type/);
    expect(() => parseQueryArgs(['x', '--limit', '0'])).toThrow(/--limit/);
    expect(() => parseQueryArgs(['x', '--nope'])).toThrow(/unknown option '--nope'/);
  });
});
