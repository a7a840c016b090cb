// Lines of people, places and dates whose every name is new: "General Xqzvbna Ktrewsa met President
// …". Each name is compared with the ones before it when entities are linked, and each word is new
// to every word list: the slowest text per megabyte (issue 13). Seeded (mulberry32), so every run
// reads the same text; another `seed` gives other names. Used by bench/hostile.mjs and bench/server.mjs.

/**
 * Exactly `chars` characters of such lines; with `wholeLines`, whole lines of at most `chars` in all.
 * Texts of one seed share their names (a shorter one is the start of a longer one).
 */
export function distinctNames(chars, { wholeLines = false, seed: start = 7 } = {}) {
  let seed = start;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const name = () => letters[Math.floor(random() * 26)].toUpperCase() + Array.from({ length: 6 }, () => letters[Math.floor(random() * 26)]).join('');
  const lines = [];
  let size = 0;
  for (;;) {
    const line = `General ${name()} ${name()} met President ${name()} ${name()} in ${name()} on 3 March 2017.\n`;
    if (wholeLines && size + line.length > chars) break;
    lines.push(line);
    size += line.length;
    if (size >= chars) break;
  }
  return wholeLines ? lines.join('') : lines.join('').slice(0, chars);
}
