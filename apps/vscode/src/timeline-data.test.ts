import * as vscode from 'vscode';
import { describe, expect, it } from 'vitest';
import type { SeedlensServer } from './client.js';
import { contextAround, dateValueFromHover, gatherTimeline, timexSortKey } from './timeline-data.js';

describe('timexSortKey', () => {
  it('places each TIMEX3 value at the earliest day it can mean', () => {
    expect(timexSortKey('2019-12-18')).toBe('2019-12-18');
    expect(timexSortKey('2019-12-18T10:30')).toBe('2019-12-18');
    expect(timexSortKey('2017-02')).toBe('2017-02-01');
    expect(timexSortKey('2017')).toBe('2017-01-01');
    expect(timexSortKey('198')).toBe('1980-01-01');
    expect(timexSortKey('19')).toBe('1900-01-01');
    expect(timexSortKey('2017-SU')).toBe('2017-06-01');
    expect(timexSortKey('2017-Q4')).toBe('2017-10-01');
    expect(timexSortKey('2017-H2')).toBe('2017-07-01');
  });

  it('finds the Monday that starts an ISO week', () => {
    expect(timexSortKey('2020-W01')).toBe('2019-12-30');
    expect(timexSortKey('2017-W07')).toBe('2017-02-13');
  });

  it('leaves values without a place of their own unplaced', () => {
    for (const value of ['XXXX-10', 'PRESENT_REF', 'PAST_REF', 'P3Y', '']) expect(timexSortKey(value)).toBeUndefined();
  });
});

describe('dateValueFromHover', () => {
  it("reads the value from the server's date hover, without its modifier", () => {
    expect(dateValueFromHover('**18 December 2019**\n\ndate · `2019-12-18`\n\nMentioned in 1 article')).toBe('2019-12-18');
    expect(dateValueFromHover('**early 2014**\n\ndate · `2014 START`\n')).toBe('2014');
  });

  it('finds nothing in the hover of an actor or place', () => {
    expect(dateValueFromHover('**Bern**\n\nplace · city\n\nMentioned in 1 article')).toBeUndefined();
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
  const uri = (name: string) => vscode.Uri.parse(`file:///news/${name}.txt`);
  const at = (name: string, line: number, start: number, end: number) => new vscode.Location(uri(name), new vscode.Range(line, start, line, end));
  const lines: Record<string, string[]> = {
    a: ['Talks', 'They met on Feb. 16, 2017 in Baku.', 'In 2017 they met again.'],
    b: ['Report', 'The meeting of Feb. 16 was useful, Gerasimov said.'],
  };
  const feb16 = [at('a', 1, 12, 25), at('b', 1, 15, 22)];
  const year = [at('a', 2, 3, 7)];
  const server: Partial<SeedlensServer> = {
    workspaceSymbols: async () => [
      new vscode.SymbolInformation('Valery Gerasimov', vscode.SymbolKind.Class, 'person · a', at('b', 1, 36, 45)),
      new vscode.SymbolInformation('Feb. 16, 2017', vscode.SymbolKind.Event, 'date · a', feb16[0]!),
      new vscode.SymbolInformation('2017', vscode.SymbolKind.Event, 'date · a', year[0]!),
    ],
    hoverMarkdown: async (_uri, position) => (position.line === 1 ? '**16 February 2017**\n\ndate · `2017-02-16`' : '**2017**\n\ndate · `2017`'),
    references: async (_uri, position) => (position.line === 1 ? feb16 : year),
  };
  const readLine = async (u: vscode.Uri, line: number) => lines[u.path.slice(u.path.lastIndexOf('/') + 1, -4)]?.[line];

  it('lists every mention of every date in time order, quoting its line', async () => {
    const timeline = await gatherTimeline(server as SeedlensServer, readLine);
    expect(timeline.partial).toBe(false);
    expect(timeline.items.map((i) => [i.value, i.sortKey, i.article, i.text])).toEqual([
      ['2017', '2017-01-01', 'a.txt', '2017'],
      ['2017-02-16', '2017-02-16', 'a.txt', 'Feb. 16, 2017'],
      ['2017-02-16', '2017-02-16', 'b.txt', 'Feb. 16'],
    ]);
    expect(timeline.items[2]).toMatchObject({ before: 'The meeting of ', after: ' was useful, Gerasimov said.' });
  });

  it('keeps only the articles asked for', async () => {
    const timeline = await gatherTimeline(server as SeedlensServer, readLine, { articles: new Set([uri('b').toString()]) });
    expect(timeline.items.map((i) => `${i.article}:${i.text}`)).toEqual(['b.txt:Feb. 16']);
  });
});
