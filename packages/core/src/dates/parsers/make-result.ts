import type { Component, ParsingContext, ParsingResult } from 'chrono-node';
import { markOurs } from '../tags.js';

/** A chrono result for one of our parsers: the span plus the tags timex.ts reads. */
export function makeResult(
  context: ParsingContext,
  index: number,
  text: string,
  tags: readonly string[],
  components: { [c in Component]?: number } = {},
): ParsingResult {
  const result = context.createParsingResult(index, text, components);
  markOurs(result);
  for (const tag of tags) result.addTag(tag);
  return result;
}
