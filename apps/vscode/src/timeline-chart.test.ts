import { describe, expect, it } from 'vitest';
import { chartSvg, timelineChart } from './timeline-chart.js';

describe('timelineChart', () => {
  const at = (...keys: (string | undefined)[]) => keys.map((sortKey) => ({ sortKey }));

  it('counts dated mentions per month, months without any included, undated ones in none', () => {
    const chart = timelineChart(at('2017-02-16', '2017-02-01', '2017-04-30', undefined));
    expect(chart.unit).toBe('month');
    expect(chart.buckets).toEqual([
      { label: 'Feb 2017', name: 'February 2017', count: 2, articles: 0 },
      { label: 'Mar 2017', name: 'March 2017', count: 0, articles: 0 },
      { label: 'Apr 2017', name: 'April 2017', count: 1, articles: 0 },
    ]);
    expect(chart.bucketOf).toEqual([0, 0, 2, undefined]);
  });

  it('counts per year over a long span, per decade over centuries', () => {
    const years = timelineChart(at('1980-01-01', '2019-12-18'));
    expect(years.unit).toBe('year');
    expect(years.buckets).toHaveLength(40);
    expect(years.buckets[0]).toEqual({ label: '1980', name: '1980', count: 1, articles: 0 });
    const decades = timelineChart(at('1700-01-01', '1985-06-01', '2019-12-18'));
    expect(decades.unit).toBe('decade');
    expect(decades.buckets.at(-1)).toEqual({ label: '2010s', name: 'the 2010s', count: 1, articles: 0 });
    expect(decades.bucketOf).toEqual([0, 28, 31]);
  });

  it("counts the articles' own dates in buckets of their own, and stretches the span to cover them", () => {
    const chart = timelineChart(at('2017-02-16'), [{ dct: '2016-12-01' }, { dct: '2017-02-20' }, { dct: '2017-02-01' }]);
    expect(chart.buckets.map((b) => [b.label, b.count, b.articles])).toEqual([
      ['Dec 2016', 0, 1],
      ['Jan 2017', 0, 0],
      ['Feb 2017', 1, 2],
    ]);
    expect(chart.bucketOf).toEqual([2]);
    expect(chart.articleBucketOf).toEqual([0, 2, 2]);
    // Articles alone span the chart too, and ten thousand of them are counted, not spread into a call.
    const many = timelineChart([], Array.from({ length: 10_000 }, (_, i) => ({ dct: `${2000 + (i % 20)}-06-15` })));
    expect(many.unit).toBe('year');
    expect(many.buckets.map((b) => b.articles)).toEqual(Array.from({ length: 20 }, () => 500));
  });

  it('draws a focusable tick per bucket with dated articles, in a lane under the bars, narrower than a bar', () => {
    const svg = chartSvg(timelineChart(at('2017-02-16'), [{ dct: '2017-02-20' }, { dct: '2017-03-01' }, { dct: '2017-03-02' }]));
    const ticks = [...svg.matchAll(/<g class="dct" data-bucket="(\d+)"[^>]*tabindex="0" role="button" aria-label="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(ticks).toEqual([
      ['0', 'February 2017: 1 article dated then'],
      ['1', 'March 2017: 2 articles dated then'],
    ]);
    const width = (cls: string) => Number(new RegExp(`<rect class="${cls}" x="[^"]+" y="[^"]+" width="([^"]+)"`).exec(svg)![1]);
    expect(width('tick')).toBeLessThan(width('count'));
    // the lane lies below the bars' baseline
    const laneTop = Number(/<rect class="lane" x="0" y="([^"]+)"/.exec(svg)![1]);
    const barBottom = Number(/<line x1="0" y1="([^"]+)"/.exec(svg)![1]);
    expect(laneTop).toBeGreaterThan(barBottom);
  });

  it('draws a focusable bar with a readable tooltip for each bucket that has mentions', () => {
    const svg = chartSvg(timelineChart(at('2017-02-16', '2017-02-01', '2017-04-30')));
    expect(svg.match(/<g class="bar"/g)).toHaveLength(2);
    expect(svg).toContain('aria-label="February 2017: 2 dated mentions"');
    expect(svg).toContain('>Feb 2017</text>');
    expect(svg).not.toMatch(/2017-02/);
  });

});
