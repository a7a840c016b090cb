import { describe, expect, it } from 'vitest';
import { UsageError } from './args.js';
import { parseEntitiesArgs, parseQueryArgs, parseRelatedArgs, parseTimelineArgs } from './corpus-args.js';

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

  it('refuses what it cannot mean', () => {
    expect(() => parseQueryArgs([])).toThrow(UsageError);
    expect(() => parseRelatedArgs([])).toThrow(UsageError);
    expect(() => parseTimelineArgs(['--actor', 'a', '--place', 'b'])).toThrow(/not both/);
    expect(() => parseEntitiesArgs(['--type', 'thing'])).toThrow(/--type/);
    expect(() => parseQueryArgs(['x', '--limit', '0'])).toThrow(/--limit/);
    expect(() => parseQueryArgs(['x', '--nope'])).toThrow(/unknown option '--nope'/);
  });
});
