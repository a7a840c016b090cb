import { hashRange, hashString } from '../fnv-hash.js';

/**
 * A set of strings that answers "certainly not in it" or "perhaps": a Bloom filter, two bits per
 * key in a table of 2^22 bits (512 KB), wrong in about one "perhaps" in sixty for the gazetteer's
 * 280,000 keys. A "certainly not" costs two reads of one small table instead of a look-up in each
 * of the lists it stands for, which a text of ever new words pays for every word (issue 13).
 * Written here: the Bloom filter package on npm (bloom-filters) brings eight dependencies for these
 * lines.
 */
export class KeyFilter {
  private readonly bits = new Uint32Array(WORDS);

  /** Adds `key.slice(start, end)`, without making the slice. */
  add(key: string, start = 0, end = key.length): void {
    const h = hashRange(key, start, end);
    const g = second(h);
    this.bits[(h >>> 5) & WORD_MASK]! |= 1 << (h & 31);
    this.bits[(g >>> 5) & WORD_MASK]! |= 1 << (g & 31);
  }

  /** False: `key` was never added. True: it may have been. */
  mayHave(key: string): boolean {
    const h = hashString(key);
    const g = second(h);
    return (this.bits[(h >>> 5) & WORD_MASK]! & (1 << (h & 31))) !== 0 && (this.bits[(g >>> 5) & WORD_MASK]! & (1 << (g & 31))) !== 0;
  }
}

const BITS_LOG2 = 22;
const WORDS = 1 << (BITS_LOG2 - 5);
const WORD_MASK = WORDS - 1;

/** A second hash, from the first one's bits mixed (murmur3's finalizer). */
function second(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
