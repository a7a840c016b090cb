import { printable } from './printable.js';

/**
 * Article text as literal Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows it for all of them), so links, images, HTML, emphasis and `command:` URIs
 * written in an article show as text in a hover. Line breaks become spaces: callers put one
 * piece of article text on one line. Control characters are shown as `\x1b` (printable.ts).
 */
export function escapeMarkdown(text: string): string {
  return printable(text).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** A URI as a Markdown link destination: `<`, `>`, spaces and parentheses percent-encoded. */
export function linkDestination(uri: string): string {
  return uri.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
