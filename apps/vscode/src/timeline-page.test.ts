import { describe, expect, it } from 'vitest';
import type { TimelineArticleView } from './timeline-data.js';
import { dateFound, timelineHtml, timelineView, type TimelineEntryView } from './timeline-page.js';

const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q=';
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const PAGE_ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'ol', 'li', 'button', 'span', 'mark', 'section', 'div', 'svg', 'g', 'rect', 'line', 'text', 'details', 'summary']);
const PAGE_ATTRIBUTES = new Set([
  'lang', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'class', 'data-index', 'title', 'id', 'hidden', 'data-bucket', 'data-label',
  'viewbox', 'role', 'data-article', 'open', 'aria-label', 'aria-live', 'tabindex', 'x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'text-anchor',
]);

function entry(change: Partial<TimelineEntryView>): TimelineEntryView {
  return { value: '2019-12-18', label: '18 December 2019', sortKey: '2019-12-18', article: '004.txt', before: 'met in Bern, ', text: 'Dec. 18, 2019', after: '.', ...change };
}

function article(change: Partial<TimelineArticleView>): TimelineArticleView {
  return { article: '004.txt', title: 'Chiefs meet in Bern', dct: '2019-12-18', label: '18 December 2019', source: 'file-name', confidence: 0.9, ...change };
}

function page(entries: TimelineEntryView[], title = 'Timeline', articles: TimelineArticleView[] = []): string {
  return timelineHtml({ title, entries, articles }, { cspSource: CSP_SOURCE, nonce: NONCE });
}

/** The articles the page's script lists, from the data the page carries. */
function articleData(html: string): unknown[] {
  const json = /<script type="application\/json" id="seedlens-articles">([^<]*)<\/script>/.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!) as unknown[];
}

/** The page without its own nonce'd script, i.e. everything an article could have put there. */
function withoutOwnScript(html: string): string {
  return html.replace(new RegExp(`<script nonce="${NONCE}">[\\s\\S]*?</script>`), '');
}

describe('timelineHtml', () => {
  it('declares a Content-Security-Policy that loads nothing and runs only nonce-carrying style and script', () => {
    const html = page([entry({})]);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual([`'nonce-${NONCE}'`]);
    expect(directives.get('style-src')).toEqual([CSP_SOURCE, `'nonce-${NONCE}'`]);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // every script and style element carries the nonce
    expect(html.match(/<script\b[^>]*>/g)).toEqual([`<script nonce="${NONCE}">`]);
    expect(html.match(/<style\b[^>]*>/g)).toEqual([`<style nonce="${NONCE}">`]);
  });

  it('shows article text that looks like markup, links or command URIs as text', () => {
    const hostile = entry({
      article: '<img src=x onerror=alert(1)>.txt',
      before: '<script>alert("x")</script> [open a terminal](command:workbench.action.terminal.new) ',
      text: '<a href="command:workbench.action.quit">Dec. 18</a>',
      after: ` see command:seedlens.reindex?%5B%5D and "quotes" & 'apostrophes'`,
      value: '"><script>alert(2)</script>',
      label: '"><script>alert(4)</script>',
    });
    const html = page([hostile], '<b>Timeline: </b><script>alert(3)</script>');
    const rest = withoutOwnScript(html);
    // Only the page's own elements, and none with a link, a source or an event handler.
    const tags = [...rest.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
    const names = new Set(tags.map((t) => t[1]!.toLowerCase()));
    expect([...names].filter((n) => !PAGE_ELEMENTS.has(n))).toEqual([]);
    const attributes = new Set(tags.flatMap((t) => [...t[2]!.matchAll(/([^\s=]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase())));
    expect([...attributes].filter((a) => !PAGE_ATTRIBUTES.has(a))).toEqual([]);
    expect(rest).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(rest).toContain('[open a terminal](command:workbench.action.terminal.new)');
    expect(rest).toContain('&lt;a href=&quot;command:workbench.action.quit&quot;&gt;Dec. 18&lt;/a&gt;');
    expect(rest).toContain('&quot;quotes&quot; &amp; &#39;apostrophes&#39;');
    expect(rest).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
  });

  it('groups entries by year, then by value, in the order given, each button carrying its index', () => {
    const entries = [
      entry({ value: '2017-02', label: 'February 2017', sortKey: '2017-02-01', text: 'February 2017', article: 'a.txt' }),
      entry({ value: '2017-02-16', label: '16 February 2017', sortKey: '2017-02-16', text: 'Feb. 16, 2017', article: 'a.txt' }),
      entry({ value: '2017-02-16', label: '16 February 2017', sortKey: '2017-02-16', text: 'Feb. 16', article: 'b.txt' }),
      entry({ value: '2019-12-18', sortKey: '2019-12-18' }),
      entry({ value: 'PRESENT_REF', label: 'the present', sortKey: undefined, text: 'now' }),
    ];
    const html = page(entries);
    const headings = [...html.matchAll(/<h([23])>([^<]*)<\/h\1>/g)].map((m) => `${m[1]}:${m[2]}`);
    // Dates in words, never TIMEX values.
    expect(headings).toEqual(['2:2017', '3:February 2017', '3:16 February 2017', '2:2019', '3:18 December 2019', '2:Undated', '3:the present']);
    expect([...html.matchAll(/data-index="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([0, 1, 2, 3, 4]);
    expect([...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1])).toEqual(entries.map((e) => e.text));
    // lists, groups and years open and close in pairs
    expect(html.match(/<ol>/g)?.length).toBe(html.match(/<\/ol>/g)?.length);
    expect(html.match(/<div class="group">/g)?.length).toBe(html.match(/<\/div>/g)?.length);
    expect(html.match(/<section class="year">/g)?.length).toBe(html.match(/<\/section>/g)?.length);
  });

  it('says so when there is nothing to show', () => {
    expect(page([])).toContain('No dated mentions.');
  });
});

describe('timelineView', () => {
  it('notes a partial timeline and keeps only what the page shows', () => {
    const location = { uri: 'file:///a.txt' } as never;
    const view = timelineView('Timeline', {
      partial: true,
      items: [{ value: '2019', label: '2019', sortKey: '2019-01-01', location, article: 'a.txt', before: 'in ', text: '2019', after: '' }],
      articlesPartial: true,
      articles: [{ uri: 'file:///a.txt' as never, article: 'a.txt', title: 'Talks', dct: '2019-05-02', label: '2 May 2019', source: 'header', confidence: 0.8 }],
    });
    expect(view.note).toBe('The earliest 1 dated mentions; there are more. The earliest 1 article dates; there are more.');
    expect(view.entries).toEqual([{ value: '2019', label: '2019', sortKey: '2019-01-01', article: 'a.txt', before: 'in ', text: '2019', after: '' }]);
    expect(view.articles).toEqual([{ article: 'a.txt', title: 'Talks', dct: '2019-05-02', label: '2 May 2019', source: 'header', confidence: 0.8 }]);
  });
});

describe('the chart on the page', () => {
  it('marks each listed entry with its bar, so that a bar filters the list', () => {
    const html = page([entry({ sortKey: '2019-12-18' }), entry({ value: 'XXXX-10', label: 'October (year not given)', sortKey: undefined })]);
    expect(html).toMatch(/<li data-bucket="0"><button class="entry" data-index="0"/);
    expect(html).toMatch(/<li class="undated"><button class="entry" data-index="1"/);
    expect(html).toContain('<button id="show-all" hidden>Show all</button>');
  });

  it("draws the articles' own dates as ticks of their own beside the bars, with a legend, and lists the articles by date under the chart", () => {
    const html = page(
      [entry({ sortKey: '2019-12-18' })],
      'Timeline',
      [article({ dct: '2019-10-02', label: '2 October 2019', article: 'a.txt' }), article({ article: 'b.txt' }), article({ article: 'c.txt' })],
    );
    expect(html).toContain('<span class="swatch bar"></span>Dated mentions per month');
    expect(html).toContain('<span class="swatch dct"></span>Articles by their own date');
    expect(html.match(/<g class="bar"/g)).toHaveLength(1);
    expect(html.match(/<g class="dct"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="October 2019: 1 article dated then"');
    expect(html).toContain('aria-label="December 2019: 2 articles dated then"');
    // Oct, Nov, Dec 2019: the span covers the articles as well as the mentions.
    expect(html).toMatch(/<li data-bucket="2"><button class="entry" data-index="0"/);
    // Listed by the page's script from its data when opened, each with its bucket for brushing.
    expect(articleData(html)).toEqual([
      { bucket: 0, label: '2 October 2019', article: 'a.txt', title: 'Chiefs meet in Bern', found: 'from its file name, 0.9 sure' },
      { bucket: 2, label: '18 December 2019', article: 'b.txt', title: 'Chiefs meet in Bern', found: 'from its file name, 0.9 sure' },
      { bucket: 2, label: '18 December 2019', article: 'c.txt', title: 'Chiefs meet in Bern', found: 'from its file name, 0.9 sure' },
    ]);
    expect(html).toContain('<summary>Articles by their own date (<span id="articles-count">3</span>)</summary>');
  });

  it('keeps article text in the page data from closing its element or becoming markup', () => {
    const hostile = article({ title: '</script><script>alert(1)</script>', article: '<img src=x>.txt', label: '"><b>\u2028' });
    const html = page([], 'Timeline', [hostile]);
    const rest = withoutOwnScript(html).replace(/<script type="application\/json" id="seedlens-articles">[^<]*<\/script>/, '');
    expect(rest).not.toMatch(/<script|<img|<b>/);
    expect(articleData(html)[0]).toMatchObject({ title: hostile.title, article: hostile.article, label: hostile.label });
  });

  it('draws a chart of article dates alone when no mention is dated', () => {
    const html = page([], 'Timeline', [article({})]);
    expect(html).toContain('No dated mentions.');
    expect(html.match(/<g class="dct"/g)).toHaveLength(1);
  });
});

describe('dateFound', () => {
  it('says where the date was found, and how sure it is when not sure', () => {
    expect(dateFound({ source: 'header', confidence: 0.75 })).toBe('from its header, 0.75 sure');
    expect(dateFound({ source: 'front-matter', confidence: 1 })).toBe('from its front matter');
    expect(dateFound({ source: 'option', confidence: 1 })).toBe('given');
  });
});
