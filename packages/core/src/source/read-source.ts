import type { Range, Source } from '../types.js';
import { readFrontMatter } from './front-matter.js';
import { findFurniture } from './furniture.js';
import { splitLines } from './lines.js';
import { findSections } from './sections.js';

/** The text model of a file: BOM removed, front matter read, articles and chrome marked. */
export function readSource(input: string): Source {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  const text = hadBom ? input.slice(1) : input;
  const frontMatter = readFrontMatter(text);
  const body: Range = { start: frontMatter?.end ?? 0, end: text.length };
  const lines = splitLines(text).filter((l) => l.start >= body.start);
  const furniture = findFurniture(lines);
  return { text, hadBom, frontMatter, sections: findSections(lines, body, furniture), furniture };
}
