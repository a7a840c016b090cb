import { escapeHtml } from './html-escape.js';

/**
 * The timeline chart: dated mentions per month, year or decade as bars, and the articles' own
 * dates as ticks in a lane of their own under the axis, both focusable, both filtering the list.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One span of the chart: a month, a year or a decade, its dated mentions and the articles dated in it. */
export interface ChartBucket {
  /** Short label for the axis: "Feb 2017", "2017", "1980s". */
  label: string;
  /** Long label for tooltips and screen readers: "February 2017", "2017", "the 1980s". */
  name: string;
  /** Dated mentions. */
  count: number;
  /** Articles whose own date falls in it. */
  articles: number;
}

/** The chart's buckets, and which bucket each entry and each article is in (undefined: undated). */
export interface TimelineChart {
  unit: 'month' | 'year' | 'decade';
  /** The first bucket's number: months, years or decades since year 0. */
  first: number;
  buckets: ChartBucket[];
  bucketOf: (number | undefined)[];
  articleBucketOf: (number | undefined)[];
}

/** Months since year 0 of a `YYYY-MM-DD` day; undefined when there is none. */
function monthOf(day: string | undefined): number | undefined {
  if (!day) return undefined;
  const m = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  return Number.isFinite(m) ? m : undefined;
}

/**
 * Months when the dated mentions and the articles' dates span ten years at most, years up to
 * 150, decades beyond.
 */
export function timelineChart(entries: readonly { sortKey: string | undefined }[], articles: readonly { dct: string }[] = []): TimelineChart {
  const months = entries.map((e) => monthOf(e.sortKey));
  const articleMonths = articles.map((a) => monthOf(a.dct));
  // Loops, not Math.min(...): a large corpus has more article dates than a call takes arguments.
  let first = Infinity;
  let last = -Infinity;
  for (const list of [months, articleMonths]) {
    for (const m of list) {
      if (m === undefined) continue;
      if (m < first) first = m;
      if (m > last) last = m;
    }
  }
  if (first === Infinity) return { unit: 'month', first: 0, buckets: [], bucketOf: months.map(() => undefined), articleBucketOf: articleMonths.map(() => undefined) };
  const unit = last - first < 120 ? 'month' : last - first < 150 * 12 ? 'year' : 'decade';
  const size = unit === 'month' ? 1 : unit === 'year' ? 12 : 120;
  const start = unit === 'decade' ? Math.floor(first / 120) * 120 : unit === 'year' ? Math.floor(first / 12) * 12 : first;
  const count = Math.floor((last - start) / size) + 1;
  const buckets: ChartBucket[] = [];
  for (let i = 0; i < count; i++) {
    const m = start + i * size;
    const year = Math.floor(m / 12);
    if (unit === 'month') buckets.push({ label: `${MONTHS[m % 12]} ${year}`, name: `${MONTH_NAMES[m % 12]} ${year}`, count: 0, articles: 0 });
    else if (unit === 'year') buckets.push({ label: String(year), name: String(year), count: 0, articles: 0 });
    else buckets.push({ label: `${year}s`, name: `the ${year}s`, count: 0, articles: 0 });
  }
  const bucket = (m: number | undefined) => (m === undefined ? undefined : Math.floor((m - start) / size));
  const bucketOf = months.map(bucket);
  const articleBucketOf = articleMonths.map(bucket);
  for (const b of bucketOf) if (b !== undefined) buckets[b]!.count++;
  for (const b of articleBucketOf) if (b !== undefined) buckets[b]!.articles++;
  return { unit, first: start / size, buckets, bucketOf, articleBucketOf };
}

const CHART_WIDTH = 800;
const BARS_HEIGHT = 120;
/** The lane of the articles' own dates, under the axis of the bars. */
const LANE_TOP = BARS_HEIGHT + 4;
const LANE_HEIGHT = 18;
const LABELS_TOP = LANE_TOP + LANE_HEIGHT;
const LABELS_HEIGHT = 24;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What a bar says: "February 2017: 2 dated mentions". */
export function barTip(b: ChartBucket): string {
  return `${b.name}: ${plural(b.count, 'dated mention', 'dated mentions')}`;
}

/** What an article tick says: "February 2017: 3 articles dated then". */
export function articleTip(b: ChartBucket): string {
  return `${b.name}: ${plural(b.articles, 'article', 'articles')} dated then`;
}

/**
 * The chart as SVG: a focusable bar per bucket that has dated mentions, a focusable tick in the
 * articles' lane per bucket that has dated articles (its height grows with their number), and a
 * readable label every few buckets. One mark per bucket, not per article: ten thousand articles
 * stay a few hundred elements to draw and a few hundred stops for the keyboard.
 */
export function chartSvg(chart: TimelineChart): string {
  const n = chart.buckets.length;
  if (n === 0) return '';
  let most = 1;
  let mostArticles = 1;
  for (const b of chart.buckets) {
    if (b.count > most) most = b.count;
    if (b.articles > mostArticles) mostArticles = b.articles;
  }
  const step = CHART_WIDTH / n;
  const gap = step > 4 ? 1 : 0;
  // About ten labels fit across: one every `every` buckets, a round number of months, years or
  // decades, on buckets whose month, year or decade is a multiple of it (Jan and Jul; 1980, 1990).
  const nice = chart.unit === 'month' ? [1, 2, 3, 6, 12, 24, 60] : [1, 2, 5, 10, 20, 25, 50, 100];
  const every = nice.find((k) => n / k <= 10) ?? Math.ceil(n / 10);
  const round = (x: number) => Math.round(x * 10) / 10;
  // A tick, not a bar: narrower than a bucket, so that the two kinds of mark differ in shape as well as colour.
  const tickWidth = round(Math.min(Math.max(step * 0.4, 1.5), 6));
  const bars: string[] = [];
  const ticks: string[] = [];
  const axis: string[] = [];
  chart.buckets.forEach((b, i) => {
    const x = round(i * step);
    const data = `data-bucket="${i}" data-label="${escapeHtml(b.name)}" tabindex="0" role="button"`;
    // A mark of a bucket: its tooltip, a hit area the height of its row, and the visible rectangle.
    const mark = (group: string, tip: string, top: number, height: number, shape: string, left: number, width: number, h: number) =>
      `<g class="${group}" ${data} aria-label="${tip}"><title>${tip}</title>` +
      `<rect class="hit" x="${x}" y="${top}" width="${round(step)}" height="${height}"></rect>` +
      `<rect class="${shape}" x="${round(left)}" y="${round(top + height - h)}" width="${width}" height="${h}"></rect></g>`;
    if (b.count > 0) {
      const h = Math.max(2, round((b.count / most) * (BARS_HEIGHT - 14)));
      bars.push(mark('bar', escapeHtml(barTip(b)), 0, BARS_HEIGHT, 'count', x + gap / 2, round(Math.max(1, step - gap)), h));
    }
    if (b.articles > 0) {
      const h = Math.max(6, round((b.articles / mostArticles) * (LANE_HEIGHT - 2)));
      ticks.push(mark('dct', escapeHtml(articleTip(b)), LANE_TOP, LANE_HEIGHT, 'tick', x + (step - tickWidth) / 2, tickWidth, h));
    }
    if ((chart.first + i) % every === 0) {
      const mid = round(x + step / 2);
      axis.push(`<line x1="${mid}" y1="${LABELS_TOP}" x2="${mid}" y2="${LABELS_TOP + 4}"></line>`);
      axis.push(`<text x="${mid}" y="${LABELS_TOP + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`);
    }
  });
  const per = chart.unit === 'month' ? 'per month' : chart.unit === 'year' ? 'per year' : 'per decade';
  return (
    `<svg class="chart" viewBox="-20 0 ${CHART_WIDTH + 40} ${LABELS_TOP + LABELS_HEIGHT}" role="group" aria-label="Dated mentions and articles' own dates ${per}">` +
    `<rect class="lane" x="0" y="${LANE_TOP}" width="${CHART_WIDTH}" height="${LANE_HEIGHT}"></rect>` +
    `<g class="axis"><line x1="0" y1="${BARS_HEIGHT}" x2="${CHART_WIDTH}" y2="${BARS_HEIGHT}"></line>` +
    `<line x1="0" y1="${LABELS_TOP}" x2="${CHART_WIDTH}" y2="${LABELS_TOP}"></line>${axis.join('')}</g>` +
    `<g class="bars" role="group" aria-label="Dated mentions ${per}">${bars.join('')}</g>` +
    `<g class="dcts" role="group" aria-label="Articles by their own date, ${per}">${ticks.join('')}</g></svg>`
  );
}
