import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, indexingChanged, readSettings } from './settings.js';

describe('readSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('reads nested keys, and keeps defaults for values of the wrong type', () => {
    const s = readSettings({
      articles: { include: ['**/*.md'], exclude: 'drafts', maxFileSize: -1, maxFiles: 50 },
      tokenStyle: 'standard',
      codeLens: { enabled: false, limit: '4' },
    });
    expect(s.articles).toEqual({ include: ['**/*.md'], exclude: [], maxFileSize: DEFAULT_SETTINGS.articles.maxFileSize, maxFiles: 50 });
    expect(s.tokenStyle).toBe('standard');
    expect(s.codeLens).toEqual({ enabled: false, limit: DEFAULT_SETTINGS.codeLens.limit });
  });

  it('reads dotted keys and a wrapping `seedlens` object', () => {
    expect(readSettings({ 'articles.include': ['a/*.txt'] }).articles.include).toEqual(['a/*.txt']);
    expect(readSettings({ 'seedlens.tokenStyle': 'standard' }).tokenStyle).toBe('standard');
    expect(readSettings({ seedlens: { 'inlayHints.enabled': false } }).inlayHints.enabled).toBe(false);
  });

  it('rejects an unknown token style', () => {
    expect(readSettings({ tokenStyle: 'rainbow' }).tokenStyle).toBe('custom');
  });
});

describe('indexingChanged', () => {
  it('is true only for settings that change which files are read', () => {
    const base = readSettings({});
    expect(indexingChanged(base, readSettings({ tokenStyle: 'standard' }))).toBe(false);
    expect(indexingChanged(base, readSettings({ articles: { exclude: ['x/**'] } }))).toBe(true);
    expect(indexingChanged(base, readSettings({ cache: false }))).toBe(true);
  });
});
