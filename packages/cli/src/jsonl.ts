import type { Analysis, Entity, Mention } from '@seedlens/core';
import { printableJson } from './printable.js';

/** One entity of a JSON line: a mention, with the keys in a fixed order and no undefined keys. */
export interface JsonlEntity {
  start: number;
  end: number;
  text: string;
  type: Mention['type'];
  kind?: NonNullable<Mention['kind']>;
  id: string;
  value?: string;
  mod?: NonNullable<Mention['mod']>;
  role?: string;
  /** Places the gazetteer knows: [longitude, latitude], WGS84, and the data set's id for it. */
  coordinates?: [number, number];
  gazetteerId?: string;
}

/**
 * One JSON line: the file as named on the command line, its DCT with where it came from and how
 * sure that is, and its mentions sorted by start.
 */
export interface JsonlRecord {
  file: string;
  dct: string | null;
  dctSource: NonNullable<Analysis['dctSource']> | null;
  dctConfidence: number;
  entities: JsonlEntity[];
}

const byStartThenEnd = (a: Mention, b: Mention): number => a.start - b.start || a.end - b.end;
/**
 * The mentions by start, then end. `analyze` gives them in this order already: a sorted copy (of a
 * million, for a long text) is made only for an analysis that is not in order.
 */
function mentionsInOrder(analysis: Analysis): readonly Mention[] {
  const inOrder = analysis.mentions.every((m, i, all) => i === 0 || byStartThenEnd(all[i - 1]!, m) <= 0);
  return inOrder ? analysis.mentions : [...analysis.mentions].sort(byStartThenEnd);
}

export function toJsonlRecord(file: string, analysis: Analysis): JsonlRecord {
  const mentions = mentionsInOrder(analysis);
  const dct = analysis.dct ?? null;
  const placed = new Map(analysis.entities.filter((e) => e.coordinates !== undefined).map((e) => [e.id, e]));
  return {
    file,
    dct,
    dctSource: dct === null ? null : (analysis.dctSource ?? 'option'),
    dctConfidence: dct === null ? 0 : (analysis.dctConfidence ?? 1),
    entities: mentions.map((m) => toJsonlEntity(m, placed.get(m.entityId))),
  };
}

/** `entity`: the mention's entity, whose coordinates a place's row carries. */
export function toJsonlEntity(m: Mention, entity?: Entity): JsonlEntity {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    ...(m.kind !== undefined ? { kind: m.kind } : {}),
    id: m.entityId,
    ...(m.value !== undefined ? { value: m.value } : {}),
    ...(m.mod !== undefined ? { mod: m.mod } : {}),
    ...(m.role !== undefined ? { role: m.role } : {}),
    ...(entity?.coordinates !== undefined ? { coordinates: entity.coordinates } : {}),
    ...(entity?.gazetteerId !== undefined ? { gazetteerId: entity.gazetteerId } : {}),
  };
}

/** The record as one line of JSON, newline included. */
export function formatJsonl(file: string, analysis: Analysis): string {
  return [...jsonlPieces(file, analysis)].join('');
}

// Entities per piece: a line of a million mentions is written in pieces of some hundred kilobytes.
const ENTITIES_PER_PIECE = 1000;

/**
 * The record's line in pieces that join to `printableJson(toJsonlRecord(file, analysis))` and a
 * newline: a file of millions of mentions is printed without building its line (or a copy of
 * every mention) in memory at once.
 */
export function* jsonlPieces(file: string, analysis: Analysis): Generator<string> {
  const { entities, ...head } = toJsonlRecord(file, { ...analysis, mentions: [] });
  const mentions = mentionsInOrder(analysis);
  const placed = new Map(analysis.entities.filter((e) => e.coordinates !== undefined).map((e) => [e.id, e]));
  yield `${printableJson(head).slice(0, -1)},"entities":[`;
  for (let from = 0; from < mentions.length; from += ENTITIES_PER_PIECE) {
    const piece = mentions.slice(from, from + ENTITIES_PER_PIECE).map((m) => printableJson(toJsonlEntity(m, placed.get(m.entityId))));
    yield `${from > 0 ? ',' : ''}${piece.join(',')}`;
  }
  yield ']}\n';
}
