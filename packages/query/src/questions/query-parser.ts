// The query language: fields, quoted phrases, bare words, `-` negation, `OR` and parentheses.
// A hand-written recursive-descent parser: the grammar is tiny, errors must point at one
// character, and no maintained parsing library knows these field and date forms.
//
//   query   := or EOF
//   or      := and ("OR" and)*              OR binds looser than the implicit AND
//   and     := unary+
//   unary   := "-" unary | primary
//   primary := "(" or ")" | field ":" (word | phrase) | phrase | word
import type { MentionKind } from '@seedlens/core';
import { parseQueryDate } from '../text/date-range.js';
import { MENTION_KINDS } from '../index/kinds.js';
import { QuerySyntaxError } from '../types.js';

interface Span {
  /** Offset of the node's first character in the query. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

export type QueryNode =
  | ({ type: 'and'; children: QueryNode[] } & Span)
  | ({ type: 'or'; children: QueryNode[] } & Span)
  | ({ type: 'not'; child: QueryNode } & Span)
  /** Bare word, over the full text (several words when it holds punctuation: "U.S.", "al-Assad"). */
  | ({ type: 'word'; text: string } & Span)
  /** Quoted phrase, over the full text. */
  | ({ type: 'phrase'; text: string } & Span)
  /** `actor:` or `place:`: an entity by any of its names. */
  | ({ type: 'entity'; field: 'actor' | 'place'; text: string } & Span)
  /** `date:` (a day, month, year or range), `after:`, `before:`. Null ends are open. */
  | ({ type: 'date'; field: 'date' | 'after' | 'before'; from: string | null; to: string | null } & Span)
  | ({ type: 'kind'; kind: MentionKind } & Span);

export const QUERY_FIELDS = ['actor', 'place', 'date', 'after', 'before', 'kind'] as const;

/**
 * Parentheses and `-` nested deeper than this are refused: the parser and every walk of the tree
 * recurse once per level, and a query of thousands of `(` must not overflow the stack.
 */
export const MAX_QUERY_DEPTH = 100;

type Token =
  | { t: 'open' | 'close' | 'or' | 'neg'; start: number; end: number }
  | { t: 'word'; text: string; start: number; end: number }
  | { t: 'phrase'; text: string; start: number; end: number }
  | { t: 'field'; name: string; value: string; quoted: boolean; valueStart: number; start: number; end: number };

/** Parses a query; throws QuerySyntaxError whose `offset` is the offending character. */
export function parseQuery(query: string): QueryNode {
  const tokens = lex(query);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const fail = (message: string, offset: number): never => {
    throw new QuerySyntaxError(message, offset, query);
  };
  if (tokens.length === 0) fail('empty query', 0);
  /** Parentheses and negations open around the token being read. */
  let depth = 0;
  const enter = (t: Token): void => {
    if (++depth > MAX_QUERY_DEPTH) fail(`query nested too deeply (at most ${MAX_QUERY_DEPTH} levels of parentheses and "-")`, t.start);
  };

  const parseOr = (): QueryNode => {
    const children = [parseAnd()];
    while (peek()?.t === 'or') {
      const or = tokens[pos++]!;
      const next = peek();
      if (!next || next.t === 'close' || next.t === 'or') fail('OR needs a term on its right', or.start);
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0]! : { type: 'or', children, start: children[0]!.start, end: children.at(-1)!.end };
  };

  const parseAnd = (): QueryNode => {
    const children: QueryNode[] = [];
    for (let t = peek(); t && t.t !== 'or' && t.t !== 'close'; t = peek()) children.push(parseUnary());
    if (children.length === 0) {
      const t = peek();
      if (t?.t === 'or') fail('OR needs a term on its left', t.start);
      fail('expected a term', t ? t.start : query.length);
    }
    return children.length === 1 ? children[0]! : { type: 'and', children, start: children[0]!.start, end: children.at(-1)!.end };
  };

  const parseUnary = (): QueryNode => {
    const t = tokens[pos]!;
    if (t.t !== 'neg') return parsePrimary();
    pos++;
    const next = peek();
    if (!next || next.t === 'close' || next.t === 'or') fail('nothing to negate after "-"', t.start);
    enter(t);
    const child = parseUnary();
    depth--;
    return { type: 'not', child, start: t.start, end: child.end };
  };

  const parsePrimary = (): QueryNode => {
    const t = tokens[pos++]!;
    switch (t.t) {
      case 'open': {
        if (peek()?.t === 'close') fail('empty parentheses', t.start);
        enter(t);
        const inner = parseOr();
        depth--;
        const close = peek();
        if (close?.t !== 'close') fail('unclosed parenthesis', t.start);
        pos++;
        return { ...inner, start: t.start, end: close!.end };
      }
      case 'word':
        return { type: 'word', text: t.text, start: t.start, end: t.end };
      case 'phrase':
        return { type: 'phrase', text: t.text, start: t.start, end: t.end };
      case 'field':
        return fieldNode(t, query);
      default:
        return fail('unexpected token', t.start);
    }
  };

  const root = parseOr();
  const rest = peek();
  if (rest) fail(rest.t === 'close' ? 'unmatched ")"' : 'unexpected token', rest.start);
  return root;
}

function lex(query: string): Token[] {
  const tokens: Token[] = [];
  const fail = (message: string, offset: number): never => {
    throw new QuerySyntaxError(message, offset, query);
  };
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ t: c === '(' ? 'open' : 'close', start: i, end: i + 1 });
      i++;
    } else if (c === '"') {
      const { text, end } = readPhrase(query, i, fail);
      tokens.push({ t: 'phrase', text, start: i, end });
      i = end;
    } else if (c === '-') {
      const next = query[i + 1];
      if (next === undefined || /\s/.test(next)) fail('nothing to negate after "-"', i);
      tokens.push({ t: 'neg', start: i, end: i + 1 });
      i++;
    } else {
      const start = i;
      while (i < query.length && !/[\s()"]/.test(query[i]!)) i++;
      const word = query.slice(start, i);
      const field = /^([A-Za-z]+):/.exec(word);
      if (word === 'OR') {
        tokens.push({ t: 'or', start, end: i });
      } else if (field) {
        const name = field[1]!.toLowerCase();
        if (!(QUERY_FIELDS as readonly string[]).includes(name)) fail(`unknown field "${field[1]}" (fields: ${QUERY_FIELDS.join(', ')})`, start);
        const valueStart = start + field[0].length;
        if (valueStart === i && query[i] === '"') {
          const { text, end } = readPhrase(query, i, fail);
          tokens.push({ t: 'field', name, value: text, quoted: true, valueStart: i + 1, start, end });
          i = end;
        } else {
          if (valueStart === i) fail(`empty value for ${name}:`, valueStart);
          tokens.push({ t: 'field', name, value: query.slice(valueStart, i), quoted: false, valueStart, start, end: i });
        }
      } else {
        if (!/[\p{L}\p{N}]/u.test(word)) fail(`nothing to search for in "${word}"`, start);
        tokens.push({ t: 'word', text: word, start, end: i });
      }
    }
  }
  return tokens;
}

function readPhrase(query: string, open: number, fail: (message: string, offset: number) => never): { text: string; end: number } {
  const close = query.indexOf('"', open + 1);
  if (close < 0) fail('unclosed quote', open);
  const text = query.slice(open + 1, close);
  if (!/[\p{L}\p{N}]/u.test(text)) fail('empty phrase', open);
  return { text, end: close + 1 };
}

type FieldToken = Extract<Token, { t: 'field' }>;

function fieldNode(t: FieldToken, query: string): QueryNode {
  const fail = (message: string, offset: number): never => {
    throw new QuerySyntaxError(message, offset, query);
  };
  const span = { start: t.start, end: t.end };
  switch (t.name) {
    case 'actor':
    case 'place':
      if (!/[\p{L}\p{N}]/u.test(t.value)) fail(`no name to look for in ${t.name}:`, t.valueStart);
      return { type: 'entity', field: t.name, text: t.value, ...span };
    case 'kind': {
      const kind = MENTION_KINDS.find((k) => k === t.value.toLowerCase());
      if (!kind) fail(`unknown kind "${t.value}" (kinds: ${MENTION_KINDS.join(', ')})`, t.valueStart);
      return { type: 'kind', kind: kind!, ...span };
    }
    default: {
      const field = t.name as 'date' | 'after' | 'before';
      const range = t.value.indexOf('..');
      if (range >= 0 && field !== 'date') fail(`${field}: takes one date, not a range`, t.valueStart + range);
      const from = range >= 0 ? t.value.slice(0, range) : t.value;
      const to = range >= 0 ? t.value.slice(range + 2) : t.value;
      if (range >= 0 && from === '' && to === '') fail('a date range needs at least one end', t.valueStart);
      const checked: Array<{ text: string; at: number }> = [
        { text: from, at: t.valueStart },
        ...(range >= 0 ? [{ text: to, at: t.valueStart + range + 2 }] : []),
      ];
      const days: number[] = [];
      for (const { text, at } of checked) {
        if (text === '') continue;
        const parsed = parseQueryDate(text);
        if ('error' in parsed) fail(`bad date: ${parsed.error}`, at + parsed.offset);
        else days.push(parsed.lo);
      }
      if (range >= 0 && from !== '' && to !== '' && days[1]! < days[0]!) fail('the range ends before it starts', t.valueStart + range + 2);
      return { type: 'date', field, from: from || null, to: to || null, ...span };
    }
  }
}
