import type { Range, Section } from '../types.js';
import type { Line } from './lines.js';

const SOURCE_LINE = /^Source:\s*(.{1,200}?)\s*$/;

/** Splits a file into articles: a `Source: …` line closes one (digests hold many). */
export function findSections(lines: readonly Line[], body: Range, furniture: readonly Range[] = []): Section[] {
  const sections: Section[] = [];
  let start = body.start;
  const close = (end: number, source?: string) => {
    // The title is the first line of article text, not a banner or template debris above it.
    const isChrome = (l: Line) => furniture.some((f) => f.start < l.end && l.start < f.end);
    const title = lines.find((l) => l.start >= start && l.end <= end && l.text.trim() && !isChrome(l))?.text.trim() ?? '';
    sections.push({ start, end, title, ...(source !== undefined && { source }) });
  };
  for (const line of lines) {
    if (line.start < body.start) continue;
    const m = SOURCE_LINE.exec(line.text);
    if (!m) continue;
    close(line.end, m[1]);
    start = line.end;
  }
  const rest = lines.some((l) => l.start >= start && l.text.trim());
  if (rest || sections.length === 0) close(body.end);
  else sections[sections.length - 1]!.end = body.end;
  return sections;
}
