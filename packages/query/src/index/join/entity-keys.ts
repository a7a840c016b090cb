// What one article contributes to the corpus-wide entity join: for each name key, its mentions,
// surface forms, kinds and the one-word aliases core linked to it. Pure function of the
// analysis, so removing an article subtracts exactly what adding it added.
import type { Analysis, Entity, MentionKind, MentionType } from '@seedlens/core';
import { type Tally, tallyAdd } from './tally.js';
import { foldedWords } from '../../text/text-fold.js';
import { STEP_ITEMS, type Steps, runSteps } from '../../time-slice.js';

/**
 * A name key: actors by their folded canonical name within the article (`a valery gerasimov`),
 * places and dates by core's id (`p place:baku`, `d date:2017-02`), which already names the
 * same place or value in every article.
 */
export interface KeyContribution {
  key: string;
  type: MentionType;
  /** Folded words of an actor's name (no leading "the"); [] for places and dates. */
  words: string[];
  mentions: number;
  /** Surface form as written → mentions (a flat tally: no Map per key of every article). */
  surfaces: Tally<string>;
  kinds: Tally<MentionKind>;
  /** One-word aliases (folded) that core linked to this actor within the article: "Assad", "SVR". */
  aliasWords: string[];
  /** Dates: the TIMEX3 value. */
  value?: string;
}

export interface DocumentKeys {
  keys: KeyContribution[];
  /** For each mention of the analysis, the index of its key in `keys`. */
  mentionKey: Int32Array;
}

export function documentKeys(analysis: Analysis): DocumentKeys {
  return runSteps(documentKeySteps(analysis));
}

/** `documentKeys` in steps (a large document has a hundred thousand mentions): see time-slice.ts. */
export function* documentKeySteps(analysis: Analysis): Steps<DocumentKeys> {
  const entities = new Map<string, Entity>();
  for (const e of analysis.entities) if (!entities.has(e.id)) entities.set(e.id, e);
  const byKey = new Map<string, number>();
  const keyOfEntity = new Map<string, { key: string; words: string[] }>();
  const keys: KeyContribution[] = [];
  const mentionKey = new Int32Array(analysis.mentions.length);
  for (let i = 0; i < analysis.mentions.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const m = analysis.mentions[i]!;
    const entity = entities.get(m.entityId);
    let named = entity ? keyOfEntity.get(entity.id) : undefined;
    if (!named) {
      const words = m.type === 'actor' ? actorWords(entity?.name ?? m.text) : [];
      const key = m.type === 'actor' ? `a ${words.length > 0 ? words.join(' ') : m.entityId}` : `${m.type === 'place' ? 'p' : 'd'} ${m.entityId}`;
      named = { key, words };
      if (entity) keyOfEntity.set(entity.id, named);
    }
    const { key, words } = named;
    let index = byKey.get(key);
    if (index === undefined) {
      index = keys.length;
      byKey.set(key, index);
      keys.push({
        key,
        type: m.type,
        words,
        mentions: 0,
        surfaces: [],
        kinds: [],
        aliasWords: m.type === 'actor' && entity ? oneWordAliases(entity, words) : [],
        ...(m.value !== undefined && { value: m.value }),
      });
    }
    const k = keys[index]!;
    k.mentions++;
    tallyAdd(k.surfaces, m.text, 1);
    const kind = m.kind ?? entity?.kind;
    if (kind !== undefined) tallyAdd(k.kinds, kind, 1);
    mentionKey[i] = index;
  }
  return { keys, mentionKey };
}

/** Folded words of an actor's name; a leading article does not make a different organization. */
function actorWords(name: string): string[] {
  const words = foldedWords(name);
  return words.length > 1 && words[0] === 'the' ? words.slice(1) : words;
}

function oneWordAliases(entity: Entity, words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const alias of [entity.name, ...entity.aliases]) {
    const w = actorWords(alias);
    if (w.length === 1 && !(words.length === 1 && words[0] === w[0])) out.add(w[0]!);
  }
  return [...out];
}
