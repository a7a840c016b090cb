import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { DateMod } from '../../types.js';
import { MOD, tagValue } from '../tags.js';
import { wordBefore } from '../words.js';

/*
 * TIMEX3 keeps "early", "late", "mid" and "around" inside the span and records them as
 * the mod attribute: "late 2014" → 2014 END, "the early 1960s" → 196 START.
 */
const PREFIXES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => DateMod | undefined]> = [
  [/(?:\bthe\s+)?\b(early|late|mid)(?:\s+|-)$/i, (m) => POSITION[(m[1] ?? '').toLowerCase()]],
  [/\b(?:around|circa|approximately|roughly|c\.)\s+$/i, () => 'APPROX'],
  [/\bthe\s+(end|beginning|start|middle|close)\s+of\s+$/i, (m) => POSITION[(m[1] ?? '').toLowerCase()]],
];
/** The word that ends each prefix above, as wordBefore reads it ("mid-" as "mid"; "c." as "", since a period ends it). */
const MODIFIER_ENDS = new Set(['early', 'late', 'mid', 'around', 'circa', 'approximately', 'roughly', '', 'of']);

const POSITION: Readonly<Record<string, DateMod>> = {
  early: 'START', beginning: 'START', start: 'START', late: 'END', end: 'END', close: 'END',
  mid: 'MID', middle: 'MID',
};

/** Whether a modifier may end right before `index`: every prefix above ends in one of these words (or "mid-"), and most dates have none before them. */
export const mayHaveModifier = (text: string, index: number): boolean => MODIFIER_ENDS.has(wordBefore(text, index));

export class ModifierRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!mayHaveModifier(context.text, result.index)) continue;
      if (tagValue(result, MOD) !== undefined) continue;
      const windowStart = Math.max(0, result.index - 28);
      const before = context.text.slice(windowStart, result.index);
      for (const [pattern, modOf] of PREFIXES) {
        const m = pattern.exec(before);
        const mod = m === null ? undefined : modOf(m);
        if (m === null || mod === undefined) continue;
        const end = result.index + result.text.length;
        result.index = windowStart + m.index;
        result.text = context.text.slice(result.index, end);
        result.addTag(MOD + mod);
        break;
      }
    }
    return results;
  }
}
