import type * as vscode from 'vscode';
import { describe, expect, it, vi } from 'vitest';
import type { SeedlensServer } from './client.js';
import type { ArticleDateItem, DatedMention, TimelineParams } from './protocol.js';
import { contextAround, gatherTimeline, placedDay } from './timeline-data.js';

describe('placedDay', () => {
  it('keeps a day the server placed the value on, and drops the sort keys of values it could not place', () => {
    expect(placedDay('2017-02-01')).toBe('2017-02-01');
    for (const key of ['XXXX-10', 'PRESENT_REF', 'XXXX-WXX-2', '']) expect(placedDay(key)).toBeUndefined();
  });
});

describe('contextAround', () => {
  it('cuts a long line around the mention and marks the cuts', () => {
    const line = `${'a'.repeat(100)} met in Bern on Dec. 18, 2019 and ${'b'.repeat(100)}`;
    const start = line.indexOf('Dec.');
    const c = contextAround(line, start, start + 'Dec. 18, 2019'.length, 10);
    expect(c).toEqual({ before: '…Bern on ', text: 'Dec. 18, 2019', after: ' and…' });
  });

  it('keeps a short line whole', () => {
    expect(contextAround('On Monday.', 3, 9)).toEqual({ before: 'On ', text: 'Monday', after: '.' });
  });
});

describe('gatherTimeline', () => {
  const lines: Record<string, string[]> = {
    a: ['Talks', 'They met on Feb. 16, 2017 in Baku.', 'In 2017 they met again.'],
    b: ['Report', 'The meeting of Feb. 16 was useful, Gerasimov said.', 'On Tuesday it rained.'],
  };
  const entry = (name: string, line: number, start: number, end: number, value: string, sortKey: string): DatedMention => ({
    uri: `file:///news/${name}.txt`,
    range: { start: { line, character: start }, end: { line, character: end } },
    value,
    label: `${value} in words`,
    sortKey,
    approximate: false,
    text: lines[name]![line]!.slice(start, end),
    with: [],
  });
  // In time order, as the server sends them.
  const ENTRIES = [
    entry('a', 2, 3, 7, '2017', '2017-01-01'),
    entry('a', 1, 12, 25, '2017-02-16', '2017-02-16'),
    entry('b', 1, 15, 22, '2017-02-16', '2017-02-16'),
    entry('b', 2, 3, 10, 'XXXX-WXX-2', 'XXXX-WXX-2'),
  ];
  const timeline = vi.fn(async ({ limit = 1000 }: TimelineParams) => ENTRIES.slice(0, limit));
  const DATED: ArticleDateItem[] = [
    { uri: 'file:///news/a.txt', label: 'a', title: 'Talks', dct: '2017-02-16', dctLabel: '16 February 2017', dctSource: 'header', dctConfidence: 0.8 },
    { uri: 'file:///news/b.txt', label: 'b', title: 'Report', dct: '2017-02-20', dctLabel: '20 February 2017', dctSource: 'file-name', dctConfidence: 0.9 },
  ];
  const articleDates = vi.fn(async ({ limit = 20_000 }: TimelineParams) => DATED.slice(0, limit));
  const server = { timeline, articleDates } as unknown as SeedlensServer;
  const readLine = async (u: vscode.Uri, line: number) => lines[u.path.slice(u.path.lastIndexOf('/') + 1, -4)]?.[line];

  it("keeps the server's order, quoting each mention's line", async () => {
    const result = await gatherTimeline(server, readLine);
    expect(result.partial).toBe(false);
    expect(result.items.map((i) => [i.value, i.sortKey, i.article, i.text])).toEqual([
      ['2017', '2017-01-01', 'a.txt', '2017'],
      ['2017-02-16', '2017-02-16', 'a.txt', 'Feb. 16, 2017'],
      ['2017-02-16', '2017-02-16', 'b.txt', 'Feb. 16'],
      ['XXXX-WXX-2', undefined, 'b.txt', 'Tuesday'],
    ]);
    expect(result.items[2]).toMatchObject({ label: '2017-02-16 in words', before: 'The meeting of ', after: ' was useful, Gerasimov said.' });
    expect(result.items[2]!.location.range.start.character).toBe(15);
  });

  it("carries the articles' own dates, each with its file name, date in words and where it was found", async () => {
    const result = await gatherTimeline(server, readLine);
    expect(result.articlesPartial).toBe(false);
    expect(result.articles.map((a) => [a.uri.toString(), a.article, a.title, a.dct, a.label, a.source, a.confidence])).toEqual([
      ['file:///news/a.txt', 'a.txt', 'Talks', '2017-02-16', '16 February 2017', 'header', 0.8],
      ['file:///news/b.txt', 'b.txt', 'Report', '2017-02-20', '20 February 2017', 'file-name', 0.9],
    ]);
    const one = await gatherTimeline(server, readLine, { entityId: 'place:baku', articleLimit: 1 });
    expect(articleDates).toHaveBeenLastCalledWith({ entityId: 'place:baku', limit: 2 });
    expect(one.articles).toHaveLength(1);
    expect(one.articlesPartial).toBe(true);
  });

  it("asks for one entity's timeline, one more than it shows, and says when there were more", async () => {
    const result = await gatherTimeline(server, readLine, { entityId: 'person:valery-gerasimov', limit: 2 });
    expect(timeline).toHaveBeenLastCalledWith({ entityId: 'person:valery-gerasimov', limit: 3 });
    expect(result.items).toHaveLength(2);
    expect(result.partial).toBe(true);
  });

  it('shows the mention alone when its line cannot be read', async () => {
    const result = await gatherTimeline(server, async () => undefined, { limit: 1 });
    expect(result.items[0]).toMatchObject({ before: '', text: '2017', after: '' });
  });
});
