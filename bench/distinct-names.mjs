// Lines of people, places and dates whose every name is new: "General Xqzvbna Ktrewsa met President
// …". Each name is compared with the ones before it when entities are linked, and each word is new
// to every word list: the slowest text per megabyte (issue 13). Seeded (mulberry32), so every run
// reads the same text; another `seed` gives other names. Used by bench/hostile.mjs and bench/server.mjs.

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Lines of `line()` up to `chars` characters: exactly so many, or whole lines of at most so many. */
function linesOf(line, chars, wholeLines) {
  const lines = [];
  let size = 0;
  for (;;) {
    const next = line();
    if (wholeLines && size + next.length > chars) break;
    lines.push(next);
    size += next.length;
    if (size >= chars) break;
  }
  return wholeLines ? lines.join('') : lines.join('').slice(0, chars);
}

/**
 * Exactly `chars` characters of such lines; with `wholeLines`, whole lines of at most `chars` in all.
 * Texts of one seed share their names (a shorter one is the start of a longer one).
 */
export function distinctNames(chars, { wholeLines = false, seed = 7 } = {}) {
  const random = mulberry32(seed);
  const name = () => LETTERS[Math.floor(random() * 26)].toUpperCase() + Array.from({ length: 6 }, () => LETTERS[Math.floor(random() * 26)]).join('');
  return linesOf(() => `General ${name()} ${name()} met President ${name()} ${name()} in ${name()} on 3 March 2017.\n`, chars, wholeLines);
}

const FAMILIES = ['Smith', 'Jones', 'Brown'];

/**
 * The same lines with ever new given names and only three family names: "General Xqzvb Smith met
 * President Kotrew Jones …". Linking compares a person with those of the same family name whose
 * given name agrees with theirs, the same, shortened or lengthened: here one in a few given names
 * is the start of an earlier one ("Xqz Smith") or an earlier one lengthened ("Xqzvbnak Smith"), and
 * a line in ten ends with a family name alone ("… Smith said."). Options as for `distinctNames`.
 */
export function oneFamilyName(chars, { wholeLines = false, seed = 7 } = {}) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const letters = (n) => Array.from({ length: n }, () => LETTERS[Math.floor(random() * 26)]).join('');
  const given = [];
  const givenName = () => {
    const r = random();
    let g;
    if (given.length > 0 && r < 0.15) g = pick(given).slice(0, 2 + Math.floor(random() * 3));
    else if (given.length > 0 && r < 0.3) g = pick(given) + letters(1 + Math.floor(random() * 3));
    else g = LETTERS[Math.floor(random() * 26)].toUpperCase() + letters(3 + Math.floor(random() * 5));
    given.push(g);
    return g;
  };
  const place = () => LETTERS[Math.floor(random() * 26)].toUpperCase() + letters(6);
  return linesOf(() => {
    const end = random() < 0.1 ? ` ${pick(FAMILIES)} said.` : '';
    return `General ${givenName()} ${pick(FAMILIES)} met President ${givenName()} ${pick(FAMILIES)} in ${place()} on 3 March 2017.${end}\n`;
  }, chars, wholeLines);
}
