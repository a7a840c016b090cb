import { describe, expect, it } from 'vitest';
import { type QueryNode, parseQuery } from './query-parser.js';
import { QuerySyntaxError } from '../types.js';

/** The tree without offsets, as a compact string: easy to read and compare. */
function show(node: QueryNode): string {
  switch (node.type) {
    case 'and':
    case 'or':
      return `${node.type}(${node.children.map(show).join(' ')})`;
    case 'not':
      return `-${show(node.child)}`;
    case 'word':
      return node.text;
    case 'phrase':
      return `"${node.text}"`;
    case 'entity':
      return `${node.field}:${node.text}`;
    case 'date':
      return `${node.field}:${node.from ?? ''}${node.from === node.to ? '' : `..${node.to ?? ''}`}`;
    case 'kind':
      return `kind:${node.kind}`;
  }
}

const parsed = (q: string) => show(parseQuery(q));

/** The error's offset, with the query marked there: `actor:| ` style. */
function errorAt(q: string): { offset: number; message: string } {
  try {
    parseQuery(q);
  } catch (e) {
    expect(e).toBeInstanceOf(QuerySyntaxError);
    const err = e as QuerySyntaxError;
    expect(err.query).toBe(q);
    return { offset: err.offset, message: err.message };
  }
  throw new Error(`no error for ${q}`);
}

describe('parseQuery', () => {
  it('reads fields, bare words and phrases, joined by implicit AND', () => {
    expect(parsed('actor:gerasimov place:baku')).toBe('and(actor:gerasimov place:baku)');
    expect(parsed('actor:"Valery Gerasimov" "hot line" talks')).toBe('and(actor:Valery Gerasimov "hot line" talks)');
    expect(parsed('Gerasimov')).toBe('Gerasimov');
  });

  it('reads dates, ranges and open ranges', () => {
    expect(parsed('date:2017 date:2017-02 date:2017-02-16')).toBe('and(date:2017 date:2017-02 date:2017-02-16)');
    expect(parsed('date:2017..2019-06 date:2018.. date:..2019')).toBe('and(date:2017..2019-06 date:2018.. date:..2019)');
    expect(parsed('after:2017-01 before:2020')).toBe('and(after:2017-01 before:2020)');
  });

  it('gives OR lower precedence than the implicit AND', () => {
    expect(parsed('a b OR c')).toBe('or(and(a b) c)');
    expect(parsed('a OR b c')).toBe('or(a and(b c))');
    expect(parsed('a OR b OR c')).toBe('or(a b c)');
  });

  it('groups with parentheses and negates with a leading "-"', () => {
    expect(parsed('place:moscow -(actor:putin OR actor:lavrov)')).toBe('and(place:moscow -or(actor:putin actor:lavrov))');
    expect(parsed('-place:syria')).toBe('-place:syria');
    expect(parsed('al-Assad')).toBe('al-Assad');
    expect(parsed('(-a)')).toBe('-a');
  });

  it('reads kinds, case-insensitively, and field names in any case', () => {
    expect(parsed('kind:person Kind:City')).toBe('and(kind:person kind:city)');
  });

  it('treats a lower-case "or" as a word', () => {
    expect(parsed('war or peace')).toBe('and(war or peace)');
  });

  it('takes nesting up to 100 levels, and refuses deeper queries without overflowing the stack', () => {
    expect(parsed(`${'('.repeat(100)}x${')'.repeat(100)}`)).toBe('x');
    expect(parsed(`${'-'.repeat(100)}x`)).toBe(`${'-'.repeat(100)}x`);
    for (const deep of [`${'('.repeat(3000)}x${')'.repeat(3000)}`, `${'-'.repeat(1_000_000)}x`]) {
      expect(errorAt(deep)).toMatchObject({ offset: 100, message: expect.stringMatching(/nested too deeply/) });
    }
  });

  it('keeps offsets of each node', () => {
    const node = parseQuery('x -place:syria');
    expect(node.type).toBe('and');
    if (node.type !== 'and') return;
    expect(node.children[1]).toMatchObject({ type: 'not', start: 2, end: 14 });
  });
});

describe('parseQuery errors point at the offending character', () => {
  it.each([
    ['actor:"Valery Gerasimov', 6, /unclosed quote/],
    ['"hot line', 0, /unclosed quote/],
    ['actor: baku', 6, /empty value/],
    ['place:', 6, /empty value/],
    ['foo:bar', 0, /unknown field "foo"/],
    ['baku OR', 5, /OR needs a term on its right/],
    ['OR baku', 0, /OR needs a term on its left/],
    ['a OR OR b', 2, /OR needs a term on its right/],
    ['a OR )', 2, /OR needs a term on its right/],
    ['date:2017-13', 10, /no month 13/],
    ['date:2017-02-30', 13, /no day 30/],
    ['date:17', 7, /four digits/],
    ['date:2017-2', 11, /two-digit month/],
    ['date:2017/02', 9, /"-"/],
    ['date:2019..2017', 11, /ends before it starts/],
    ['date:..', 5, /at least one end/],
    ['after:2017..2018', 10, /not a range/],
    ['kind:planet', 5, /unknown kind/],
    ['(a b', 0, /unclosed parenthesis/],
    ['a b)', 3, /unmatched "\)"/],
    ['()', 0, /empty parentheses/],
    ['a - b', 2, /nothing to negate/],
    ['a -', 2, /nothing to negate/],
    ['""', 0, /empty phrase/],
    ['a , b', 2, /nothing to search for/],
    ['', 0, /empty query/],
    ['   ', 0, /empty query/],
    [`${'('.repeat(101)}x${')'.repeat(101)}`, 100, /nested too deeply/],
    [`${'-'.repeat(101)}x`, 100, /nested too deeply/],
    [`${'-('.repeat(60)}x${')'.repeat(60)}`, 100, /nested too deeply/],
  ])('%j → offset %i', (query, offset, message) => {
    const err = errorAt(query);
    expect(err.offset).toBe(offset);
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(new RegExp(`at character ${offset + 1}$`));
  });
});
