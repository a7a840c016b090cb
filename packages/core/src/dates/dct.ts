/** Calendar arithmetic on the document creation time, in plain UTC dates (no time zones). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function parseDct(dct: string | null): CalendarDay | null {
  if (dct === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct);
  if (m === null) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addMonths(d: CalendarDay, months: number): { year: number; month: number } {
  const index = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(d: CalendarDay): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(d: CalendarDay): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const t = Date.UTC(thursday.year, thursday.month - 1, thursday.day);
  return { year: thursday.year, week: Math.floor((t - jan1) / 86400000 / 7) + 1 };
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
