/**
 * Inline-marked fixtures: `[Valery Gerasimov|person]` marks an expected span and its label.
 * Returns the plain text and the spans with offsets into it.
 */
export interface MarkedSpan {
  start: number;
  end: number;
  text: string;
  label: string;
}

export function marked(source: string): { text: string; spans: MarkedSpan[] } {
  const spans: MarkedSpan[] = [];
  let text = '';
  const re = /\[([^\[\]|]+)\|([^\[\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    text += source.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[1]!.length, text: m[1]!, label: m[2]! });
    text += m[1]!;
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, spans };
}
