// The JSON array of a string table (a snapshot's, a pack's), written a part at a time: as one
// JSON.stringify of the whole table it was a string of about 10 MB for 10,000 articles, flattened
// and copied into a buffer of as much again, all of it allocated at once in V8's old generation
// at the end of a cold opening (a burst that V8 took for the thread's allocation rate, and let the
// heap grow by up to four times before the next full collection).

/** Characters of JSON per part: small enough for each part to be a young object. */
const PART_CHARS = 16 * 1024;

/** Hands `sink`, in order, the UTF-8 bytes of `JSON.stringify(strings)`, a part at a time. */
export function writeStringsJson(strings: readonly string[], sink: (bytes: Uint8Array) => void, partChars = PART_CHARS): void {
  let part: string[] = [];
  let chars = 1;
  let first = true;
  for (const s of strings) {
    const json = JSON.stringify(s);
    part.push(json);
    chars += json.length + 1;
    if (chars >= partChars) {
      sink(Buffer.from(`${first ? '[' : ','}${part.join(',')}`));
      first = false;
      part = [];
      chars = 0;
    }
  }
  sink(Buffer.from(`${first ? '[' : part.length > 0 ? ',' : ''}${part.join(',')}]`));
}
