// What the server shows of an article (names, titles, file names) is drawn by the editor, and some
// editors draw in a terminal (Neovim, Vim, Emacs in a terminal, Helix): a control character from an
// article would reach it, and ESC starts sequences that clear the screen, set the window title or
// make links. So article text in hovers, outlines and symbols is made printable here; the custom
// requests (timeline, entities, related articles) answer data, kept exact.

/** C0 controls (tab and line breaks included), DEL and the C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` on one line (runs of white space as one space), each other control character shown as `\xNN` (ESC as `\x1b`). */
export function printable(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
