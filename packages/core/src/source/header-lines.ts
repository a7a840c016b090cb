import type { Range, Source } from '../types.js';
import { type Line, splitLines } from './lines.js';

/** Lines at the top of an article that may say when it was written: its title and what follows. */
const HEADER_LINES = 8;
/** Opening paragraphs read for dates written in the text: the title and the first few paragraphs. */
const OPENING_LINES = 8;
const OPENING_CHARS = 3000;

/**
 * The first non-empty lines of the first article of a file (after front matter), site chrome
 * left out: the title first.
 */
export function firstLines(source: Source, count: number, maxChars = Infinity): Line[] {
  const section: Range = source.sections[0] ?? { start: source.frontMatter?.end ?? 0, end: source.text.length };
  // Only the head of the text is split: a large file is not split whole for its first lines.
  const head = source.text.slice(0, Math.min(section.end, section.start + Math.max(OPENING_CHARS * 4, 16_384)));
  const out: Line[] = [];
  let chars = 0;
  for (const line of splitLines(head)) {
    if (line.end <= section.start || line.start < section.start) continue;
    if (!line.text.trim() || source.furniture.some((f) => f.start < line.end && line.start < f.end)) continue;
    if (out.length >= count || (chars >= maxChars && out.length > 0)) break;
    out.push(line);
    chars += line.text.length;
  }
  return out;
}

export const headerLines = (source: Source): Line[] => firstLines(source, HEADER_LINES);
export const openingLines = (source: Source): Line[] => firstLines(source, OPENING_LINES, OPENING_CHARS);
