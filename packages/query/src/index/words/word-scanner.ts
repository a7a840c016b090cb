// The folded words of a text as word ids (word-ids.ts), interned as they are scanned: what the
// full-text index makes of an article's text, the same words as foldedWords gives.
import { foldedWords } from '../../text/text-fold.js';
import { HASH_START, type WordIds, hashStep } from './word-ids.js';

export class WordScanner {
  /** The ids of the words of the last text scanned, in order (reused from one text to the next). */
  tokens = new Uint32Array(1024);

  /** Interns the folded words of `text` into `ids`, their ids into `tokens`; returns how many there are. */
  scan(text: string, ids: WordIds): number {
    const n = this.scanAscii(text, ids);
    if (n >= 0) return n;
    // Letters beyond ASCII: fold the whole text as foldedWords does (accents, ß, NFD).
    const words = foldedWords(text);
    this.fit(words.length);
    for (let i = 0; i < words.length; i++) this.tokens[i] = ids.intern(words[i]!);
    return words.length;
  }

  /**
   * The fast path, written by hand because it is the hot loop of indexing: one pass over the
   * char codes of a text whose words are ASCII, words interned without a regex or a match
   * array. Returns -1 when the text has letters beyond ASCII (then foldedWords decides).
   * Same words as foldedWords: runs of [a-z0-9] after lower-casing, where spaces and general
   * punctuation (U+00A0, U+2000–U+206F) separate words and any other non-ASCII character
   * sends the text to the slow path.
   */
  private scanAscii(text: string, ids: WordIds): number {
    let n = 0;
    let start = -1;
    let upper = false;
    let hash = HASH_START;
    const len = text.length;
    for (let i = 0; i <= len; i++) {
      let c = i < len ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
        if (start < 0) {
          start = i;
          upper = false;
          hash = HASH_START;
        }
        if (c <= 90 && c >= 65) {
          upper = true;
          c += 32;
        }
        hash = hashStep(hash, c);
        continue;
      }
      if (c >= 128 && c !== 0xa0 && (c < 0x2000 || c > 0x206f)) return -1;
      if (start >= 0) {
        if (n === this.tokens.length) this.fit(n + 1);
        this.tokens[n++] = ids.internRange(text, start, i - start, hash, upper);
        start = -1;
      }
    }
    return n;
  }

  private fit(n: number): void {
    if (n <= this.tokens.length) return;
    const next = new Uint32Array(Math.max(n, this.tokens.length * 2));
    next.set(this.tokens);
    this.tokens = next;
  }
}
