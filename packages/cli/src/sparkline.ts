const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * The dated mentions per year as one line of block characters, framed by the first and last
 * year: `1952 │▂ ▁  ▁▃█▄│ 2019`. Years without any are blanks. Over more than `width` years, a
 * character stands for several years (a decade, then more), and the line says so. Undefined
 * when no mention is placed on the calendar.
 */
export function yearSparkline(sortKeys: readonly string[], width = 60): string | undefined {
  const years = sortKeys.filter((k) => /^\d{4}-\d\d-\d\d$/.test(k)).map((k) => Number(k.slice(0, 4)));
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const per = [1, 2, 5, 10, 20, 25, 50, 100].find((n) => Math.floor(last / n) - Math.floor(first / n) + 1 <= width) ?? 100;
  const start = Math.floor(first / per) * per;
  const counts = new Array<number>(Math.floor(last / per) - Math.floor(first / per) + 1).fill(0);
  for (const y of years) counts[Math.floor((y - start) / per)]!++;
  const most = Math.max(...counts);
  const line = counts.map((n) => (n === 0 ? ' ' : BLOCKS[Math.min(BLOCKS.length - 1, Math.ceil((n / most) * BLOCKS.length) - 1)])).join('');
  const unit = per === 1 ? 'per year' : per === 10 ? 'per decade' : `per ${per} years`;
  return `${start} │${line}│ ${per === 1 ? last : start + counts.length * per - 1}  dated mentions ${unit}, most ${most}`;
}
