import { describe, expect, it } from 'vitest';
import { isValidDate, parseExtractArgs, parseTopLevel, UsageError } from './args.js';

describe('parseTopLevel', () => {
  it('finds help, version and the command', () => {
    expect(parseTopLevel(['--help'])).toEqual({ kind: 'help' });
    expect(parseTopLevel(['-h'])).toEqual({ kind: 'help' });
    expect(parseTopLevel(['help', 'extract'])).toEqual({ kind: 'command', name: 'extract', args: ['--help'] });
    expect(parseTopLevel(['--version'])).toEqual({ kind: 'version' });
    expect(parseTopLevel(['extract', '--format', 'table', 'a'])).toEqual({
      kind: 'command',
      name: 'extract',
      args: ['--format', 'table', 'a'],
    });
  });

  it('refuses no command and unknown global options', () => {
    expect(() => parseTopLevel([])).toThrow(UsageError);
    expect(() => parseTopLevel(['--colour'])).toThrow(/unknown option '--colour'/);
  });
});

describe('parseExtractArgs', () => {
  it('defaults to jsonl and keeps paths in order', () => {
    expect(parseExtractArgs(['b', 'a.txt'])).toEqual({ help: false, format: 'jsonl', paths: ['b', 'a.txt'] });
  });

  it('reads --dct and --format in both spellings', () => {
    expect(parseExtractArgs(['--dct', '2017-02-16', '--format=table', 'seeds'])).toEqual({
      help: false,
      dct: '2017-02-16',
      format: 'table',
      paths: ['seeds'],
    });
    expect(parseExtractArgs(['-f', 'jsonl', '--dct=2020-01-31', 'x'])).toMatchObject({ format: 'jsonl', dct: '2020-01-31' });
    // none: no DCT at all, none found (how the seed gold was annotated).
    expect(parseExtractArgs(['--dct', 'none', 'x'])).toMatchObject({ dct: 'none' });
  });

  it('accepts --json (the same as --format jsonl) and --no-cache, as the corpus commands do', () => {
    expect(parseExtractArgs(['--json', '--no-cache', 'seeds'])).toEqual({ help: false, format: 'jsonl', paths: ['seeds'] });
    expect(parseExtractArgs(['--json', '--format', 'jsonl', 'seeds'])).toMatchObject({ format: 'jsonl' });
    expect(() => parseExtractArgs(['--json', '--format', 'table', 'seeds'])).toThrow(/--json or --format table, not both/);
  });

  it('takes paths after -- literally', () => {
    expect(parseExtractArgs(['--', '--odd-name.txt'])).toMatchObject({ paths: ['--odd-name.txt'] });
  });

  it('returns help without needing paths', () => {
    expect(parseExtractArgs(['--help'])).toEqual({ help: true });
  });

  it('refuses bad input with usage errors', () => {
    expect(() => parseExtractArgs(['--dct', '2017-13-01', 'a'])).toThrow(/--dct must be a calendar date/);
    expect(() => parseExtractArgs(['--dct', 'yesterday', 'a'])).toThrow(UsageError);
    expect(() => parseExtractArgs(['--format', 'xml', 'a'])).toThrow(/--format must be one of jsonl, table/);
    expect(() => parseExtractArgs(['--bogus', 'a'])).toThrow(/unknown option '--bogus'/);
    expect(() => parseExtractArgs(['a', '--dct'])).toThrow(UsageError);
    expect(() => parseExtractArgs([])).toThrow(/at least one file or folder/);
  });
});

describe('isValidDate', () => {
  it('accepts real calendar days only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('0050-06-01')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2023-04-31')).toBe(false);
    expect(isValidDate('2023-4-3')).toBe(false);
    expect(isValidDate('2023-04-03T00:00')).toBe(false);
  });
});
