// Text from articles and file names is written to a terminal, and a terminal obeys control
// characters: ESC starts sequences that clear the screen, set the window title or make a link
// (OSC 8), BEL rings, CR overwrites the line. So every string that comes from an article or a
// path goes through `printable` before the CLI writes it (titles, names, roles, file names,
// messages on stderr); the CLI's own colours are added after. `--json` output is not made
// printable: JSON escapes control characters itself, and the strings stay exact.

/** C0 controls (tab and line breaks included), DEL and the C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` with each control character shown as `\xNN` (ESC as `\x1b`), everything else unchanged. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * `value` as one line of JSON, newline not included, that is printable too: JSON escapes C0
 * controls itself, and DEL and the C1 controls are written as `\u007f` … `\u009f`, which JSON
 * reads back as the same characters. So the strings stay exact, and `--json` on a terminal is safe.
 */
export function printableJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
