import * as vscode from 'vscode';
import { setSetting } from '../test/vscode-fake.js';
import { describe, expect, it } from 'vitest';
import { articlePatterns, codeSelector, lspSelector, readArticleGlobs } from './article-scope.js';

describe('articlePatterns', () => {
  it('anchors every glob at every workspace folder', () => {
    expect(articlePatterns(['file:///w/a', 'file:///w/b'], ['seeds/*.txt', '**/articles/**/*.txt'])).toEqual([
      { baseUri: 'file:///w/a', pattern: 'seeds/*.txt' },
      { baseUri: 'file:///w/a', pattern: '**/articles/**/*.txt' },
      { baseUri: 'file:///w/b', pattern: 'seeds/*.txt' },
      { baseUri: 'file:///w/b', pattern: '**/articles/**/*.txt' },
    ]);
  });

  it('matches whole paths when no folder is open', () => {
    expect(articlePatterns([], ['**/seeds/**/*.txt'])).toEqual([{ pattern: '**/seeds/**/*.txt' }]);
  });

  it('makes no pattern from no glob, so nothing is an article', () => {
    expect(articlePatterns(['file:///w/a'], [])).toEqual([]);
  });
});

describe('selectors', () => {
  const patterns = [{ baseUri: 'file:///w/a', pattern: 'seeds/*.txt' }, { pattern: '**/news/*.txt' }];

  it('select files only (never untitled buffers), with LSP relative patterns', () => {
    expect(lspSelector(patterns)).toEqual([
      { scheme: 'file', pattern: { baseUri: 'file:///w/a', pattern: 'seeds/*.txt' } },
      { scheme: 'file', pattern: '**/news/*.txt' },
    ]);
  });

  it('become VS Code relative patterns for matching in the editor', () => {
    const [anchored, loose] = codeSelector(patterns);
    expect(anchored!.scheme).toBe('file');
    expect(anchored!.pattern).toBeInstanceOf(vscode.RelativePattern);
    expect((anchored!.pattern as vscode.RelativePattern).baseUri.toString()).toBe('file:///w/a');
    expect(loose).toEqual({ scheme: 'file', pattern: '**/news/*.txt' });
  });
});

describe('readArticleGlobs', () => {
  it('reads the include and exclude settings, dropping what is not a glob', () => {
    setSetting('seedlens.articles.include', ['**/seeds/**/*.txt', '', 7, 'news/*.txt']);
    setSetting('seedlens.articles.exclude', 'drafts/**');
    expect(readArticleGlobs()).toEqual({ include: ['**/seeds/**/*.txt', 'news/*.txt'], exclude: [] });
  });
});
