import * as vscode from 'vscode';
import { describe, expect, it, vi } from 'vitest';
import type { SeedlensServer } from './client.js';
import type { DatedMention } from './protocol.js';
import { showEntityTimeline } from './timeline-commands.js';

const MENTION: DatedMention = {
  uri: 'file:///news/a.txt',
  range: { start: { line: 0, character: 3 }, end: { line: 0, character: 9 } },
  value: 'XXXX-WXX-1',
  label: 'a Monday',
  sortKey: 'XXXX-WXX-1',
  approximate: true,
  text: 'Monday',
  with: [],
};
const readLine = async () => 'On Monday they met.';

describe('showEntityTimeline', () => {
  it('asks which entity is under the cursor, then shows the timeline of its articles', async () => {
    const entityAt = vi.fn(async () => ({ id: 'place:baku', name: 'Baku', type: 'place' as const }));
    const timeline = vi.fn(async () => [MENTION]);
    const articleDates = vi.fn(async () => []);
    const panel = { show: vi.fn() };
    const uri = vscode.Uri.parse('file:///news/a.txt');
    await showEntityTimeline({ entityAt, timeline, articleDates } as unknown as SeedlensServer, panel, { uri, position: new vscode.Position(0, 20) }, readLine);
    expect(entityAt).toHaveBeenCalledWith(uri, new vscode.Position(0, 20));
    expect(timeline).toHaveBeenCalledWith(expect.objectContaining({ entityId: 'place:baku' }));
    expect(articleDates).toHaveBeenCalledWith(expect.objectContaining({ entityId: 'place:baku' }));
    expect(panel.show).toHaveBeenCalledWith('Timeline: Baku', expect.objectContaining({ items: [expect.objectContaining({ text: 'Monday', before: 'On ' })] }));
  });

  it('takes an entity of the Entities view by its id', async () => {
    const entityAt = vi.fn();
    const timeline = vi.fn(async () => []);
    const articleDates = vi.fn(async () => []);
    const panel = { show: vi.fn() };
    await showEntityTimeline({ entityAt, timeline, articleDates } as unknown as SeedlensServer, panel, { id: 'person:valery-gerasimov', name: 'Valery Gerasimov' }, readLine);
    expect(entityAt).not.toHaveBeenCalled();
    expect(timeline).toHaveBeenCalledWith(expect.objectContaining({ entityId: 'person:valery-gerasimov' }));
    expect(panel.show).toHaveBeenCalledWith('Timeline: Valery Gerasimov', { items: [], partial: false, articles: [], articlesPartial: false });
  });

  it('says so when the cursor is on no entity, and shows nothing', async () => {
    const info = vi.spyOn(vscode.window, 'showInformationMessage');
    const timeline = vi.fn();
    const panel = { show: vi.fn() };
    await showEntityTimeline({ entityAt: async () => null, timeline } as unknown as SeedlensServer, panel, { uri: vscode.Uri.parse('file:///news/a.txt'), position: new vscode.Position(0, 0) }, readLine);
    expect(info).toHaveBeenCalledWith(expect.stringContaining('no actor, place or date'));
    expect(timeline).not.toHaveBeenCalled();
    expect(panel.show).not.toHaveBeenCalled();
  });
});
