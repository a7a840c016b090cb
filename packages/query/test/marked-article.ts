// Builds an Analysis from text with its mentions marked inline, for tests that need exact
// control over what core would have found:
//
//   markedArticle('{Valery Gerasimov|person} met {Gerasimov|person=valery gerasimov} in {Baku|city}.')
//
// `{text|kind}` marks a mention; `kind=name` joins it to the local entity named `name`
// (default: its own text); dates take `{in 2017|date=2017}` with the TIMEX3 value.
import type { Analysis, Entity, Mention, MentionKind } from '@seedlens/core';

const PLACE_KINDS = new Set(['country', 'city', 'region', 'water', 'continent', 'other']);

export function markedArticle(marked: string, options: { dct?: string | null; title?: string } = {}): Analysis {
  let text = '';
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  const re = /\{([^{}|]+)\|([a-z]+)(?:=([^{}]+))?\}/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    last = m.index + m[0].length;
    const [, surface, kind, extra] = m as unknown as [string, string, string, string | undefined];
    const start = text.length;
    text += surface;
    if (kind === 'date') {
      const value = extra ?? surface;
      mentions.push({ start, end: text.length, text: surface, type: 'date', entityId: `date:${value}`, value });
      if (!entities.has(`date:${value}`)) entities.set(`date:${value}`, { id: `date:${value}`, type: 'date', name: value, aliases: [] });
      continue;
    }
    const type = PLACE_KINDS.has(kind) ? 'place' : 'actor';
    const name = extra ?? surface;
    const id = `${type === 'place' ? 'place' : kind}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    mentions.push({ start, end: text.length, text: surface, type, kind: kind as MentionKind, entityId: id });
    const entity = entities.get(id) ?? { id, type, kind: kind as MentionKind, name, aliases: [] };
    if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    entities.set(id, entity);
  }
  text += marked.slice(last);
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return {
    source: {
      text,
      hadBom: false,
      frontMatter: options.title ? { start: 0, end: 0, fields: { title: options.title }, title: options.title } : null,
      sections: [{ start: 0, end: text.length, title: firstLine.trim() }],
      furniture: [],
    },
    dct: options.dct ?? null,
    mentions,
    entities: [...entities.values()],
  };
}
