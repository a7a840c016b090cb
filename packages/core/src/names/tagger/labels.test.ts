import { describe, expect, it } from 'vitest';
import { ALLOWED, NAME_TYPES, O, TAG_COUNT, spansToTags, tagName, tagsToSpans, typeOfTag, type NameType, type TokenSpan } from './labels.js';

const N = TAG_COUNT + 1;
/** Row TAG_COUNT of ALLOWED is the start of a sequence, column TAG_COUNT its end. */
const EDGE = TAG_COUNT;
const PARTS = { B: 0, I: 1, L: 2, U: 3 } as const;
const tag = (part: keyof typeof PARTS, type: NameType): number => 1 + 4 * NAME_TYPES.indexOf(type) + PARTS[part];
const allowed = (a: number, b: number): boolean => ALLOWED[a * N + b] === 1;

describe('labels', () => {
  it('numbers O and the four parts of each of the four name types', () => {
    expect(TAG_COUNT).toBe(17);
    expect(tagName(O)).toBe('O');
    expect(tagName(1)).toBe('B-person');
    expect(tagName(tag('U', 'person'))).toBe('U-person');
    expect(tagName(tag('I', 'organization'))).toBe('I-organization');
    expect(tagName(tag('L', 'place'))).toBe('L-place');
    expect(tagName(TAG_COUNT - 1)).toBe('U-other');
    expect(typeOfTag(O)).toBe(-1);
    expect(typeOfTag(tag('B', 'place'))).toBe(NAME_TYPES.indexOf('place'));
  });

  it('spells spans as BILOU tags and reads them back', () => {
    // "Russian Foreign Minister Sergei Lavrov met the Bank of England in Manila ."
    const spans: TokenSpan[] = [
      { first: 3, last: 4, type: NAME_TYPES.indexOf('person') },
      { first: 7, last: 9, type: NAME_TYPES.indexOf('organization') },
      { first: 11, last: 11, type: NAME_TYPES.indexOf('place') },
    ];
    const tags = spansToTags(13, spans);
    expect([...tags].map(tagName)).toEqual([
      'O', 'O', 'O', 'B-person', 'L-person', 'O', 'O',
      'B-organization', 'I-organization', 'L-organization', 'O', 'U-place', 'O',
    ]);
    expect(tagsToSpans(tags)).toEqual(spans);
    expect(tagsToSpans(spansToTags(0, []))).toEqual([]);
  });

  it('reads back the spans of every valid sequence of three tags', () => {
    let valid = 0;
    for (let a = 0; a < TAG_COUNT; a++) {
      for (let b = 0; b < TAG_COUNT; b++) {
        for (let c = 0; c < TAG_COUNT; c++) {
          if (!(allowed(EDGE, a) && allowed(a, b) && allowed(b, c) && allowed(c, EDGE))) continue;
          valid++;
          const tags = Uint8Array.of(a, b, c);
          expect(spansToTags(3, tagsToSpans(tags))).toEqual(tags);
        }
      }
    }
    // O/U sequences alone: 5³; plus B-L pairs (4 types) before or after O/U (5 each, both ways); plus B-I-L (4).
    expect(valid).toBe(125 + 4 * 5 * 2 + 4);
  });

  it('forbids I or L after O, and a name that changes type', () => {
    for (const type of NAME_TYPES) {
      expect(allowed(O, tag('I', type))).toBe(false);
      expect(allowed(O, tag('L', type))).toBe(false);
      expect(allowed(O, tag('B', type))).toBe(true);
      expect(allowed(O, tag('U', type))).toBe(true);
      expect(allowed(tag('U', type), tag('I', type))).toBe(false);
      expect(allowed(tag('L', type), tag('L', type))).toBe(false);
      expect(allowed(tag('B', type), O)).toBe(false);
      expect(allowed(tag('B', type), tag('I', type))).toBe(true);
      expect(allowed(tag('B', type), tag('L', type))).toBe(true);
      expect(allowed(tag('I', type), tag('U', type))).toBe(false);
    }
    expect(allowed(tag('B', 'person'), tag('L', 'organization'))).toBe(false);
    expect(allowed(tag('I', 'place'), tag('I', 'other'))).toBe(false);
  });

  it('forbids starting with I or L and ending after B or I', () => {
    expect(allowed(EDGE, O)).toBe(true);
    for (const type of NAME_TYPES) {
      expect(allowed(EDGE, tag('I', type))).toBe(false);
      expect(allowed(EDGE, tag('L', type))).toBe(false);
      expect(allowed(EDGE, tag('B', type))).toBe(true);
      expect(allowed(EDGE, tag('U', type))).toBe(true);
      expect(allowed(tag('B', type), EDGE)).toBe(false);
      expect(allowed(tag('I', type), EDGE)).toBe(false);
      expect(allowed(tag('L', type), EDGE)).toBe(true);
      expect(allowed(tag('U', type), EDGE)).toBe(true);
    }
    expect(allowed(O, EDGE)).toBe(true);
  });

  it('leaves a name that a sequence never closes out of its spans', () => {
    // An I after O, and a B that is never closed: no span.
    const tags = Uint8Array.of(O, tag('I', 'person'), tag('L', 'person'), O, tag('B', 'place'));
    expect(tagsToSpans(tags)).toEqual([]);
  });
});
