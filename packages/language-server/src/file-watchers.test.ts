import { WatchKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { fileWatchers } from './file-watchers.js';

describe('fileWatchers', () => {
  it('watches the include globs under each folder when the client takes relative patterns, and every deletion', () => {
    expect(fileWatchers(['file:///a', 'file:///b'], ['**/*.txt'], true)).toEqual([
      { globPattern: { baseUri: 'file:///a', pattern: '**/*.txt' } },
      { globPattern: { baseUri: 'file:///b', pattern: '**/*.txt' } },
      { globPattern: '**/*', kind: WatchKind.Delete },
    ]);
    expect(fileWatchers(['file:///a'], ['**/*.txt', '**/*.md'], false)).toEqual([
      { globPattern: '**/*.txt' },
      { globPattern: '**/*.md' },
      { globPattern: '**/*', kind: WatchKind.Delete },
    ]);
  });
});
