import { printable } from './printable.js';

/** ANSI styles for terminal output; every command paints through here so NO_COLOR and pipes are honoured in one place. */
const ANSI = { bold: [1, 22], dim: [2, 22], cyan: [36, 39], green: [32, 39], yellow: [33, 39], magenta: [35, 39] } as const;
export type Style = keyof typeof ANSI;

export function paint(on: boolean, style: Style, text: string): string {
  return on && text !== '' ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text;
}

/** The colour of each mention type, the same in every report. */
export const TYPE_STYLE = { actor: 'cyan', place: 'green', date: 'yellow' } as const satisfies Record<string, Style>;

/** Whitespace collapsed, made printable (control characters shown as `\x1b`), cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max = Infinity): string {
  const flat = printable(text.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
