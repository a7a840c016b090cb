import * as vscode from 'vscode';
import { describe, expect, it } from 'vitest';
import { TimelinePanel } from './timeline-webview.js';

describe('TimelinePanel', () => {
  it('opens only a dated mention or an article it listed, by its number on the page', () => {
    const panel = new TimelinePanel();
    const a = vscode.Uri.parse('file:///w/a.txt');
    const b = vscode.Uri.parse('file:///w/b.txt');
    const mention = new vscode.Location(a, new vscode.Range(1, 3, 1, 7));
    panel.show('Timeline', {
      items: [{ value: '2017', label: '2017', sortKey: '2017-01-01', location: mention, article: 'a.txt', before: 'In ', text: '2017', after: '' }],
      partial: false,
      articles: [{ uri: b, article: 'b.txt', title: 'Talks', dct: '2017-02-16', label: '16 February 2017', source: 'header', confidence: 0.8 }],
      articlesPartial: false,
    });
    expect(panel.targetOf({ type: 'open', index: 0 })).toBe(mention);
    expect(panel.targetOf({ type: 'openArticle', index: 0 })).toBe(b);
    for (const bad of [{ type: 'open', index: 1 }, { type: 'openArticle', index: 1 }, { type: 'openArticle', index: '0' }, { type: 'run', index: 0 }, null, 'open']) {
      expect(panel.targetOf(bad)).toBeUndefined();
    }
    panel.dispose();
  });
});
