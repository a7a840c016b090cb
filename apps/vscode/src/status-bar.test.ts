import { describe, expect, it } from 'vitest';
import { ENTITIES_VIEW_FOCUS, RESTART_COMMAND, statusView } from './status-bar.js';

const SUMMARY = { articles: 5, entities: 87, analysed: 3, fromCache: 2, failures: 0, truncated: false, durationMs: 660 };

describe('statusView', () => {
  it('is hidden until a server is started', () => {
    expect(statusView({ client: 'stopped', indexing: false }).visible).toBe(false);
  });

  it('spins while the server starts and while it indexes', () => {
    expect(statusView({ client: 'starting', indexing: false }).text).toBe('$(loading~spin) seedlens');
    expect(statusView({ client: 'running', indexing: true, articles: 2 }).text).toBe('$(loading~spin) seedlens: indexing…');
  });

  it('shows the corpus size, and how the last indexing went in its tooltip', () => {
    const view = statusView({ client: 'running', indexing: false, articles: 5, entities: 87, lastIndex: SUMMARY });
    expect(view.text).toBe('$(book) 5 articles · 87 entities');
    expect(view.tooltip).toContain('3 analysed, 2 from cache, 0 failed, in 660 ms');
    expect(view.command).toBe(ENTITIES_VIEW_FOCUS);
  });

  it('speaks in the singular when it should, and leaves out an entity count it does not know', () => {
    expect(statusView({ client: 'running', indexing: false, articles: 1, entities: 1 }).text).toBe('$(book) 1 article · 1 entity');
    expect(statusView({ client: 'running', indexing: false, articles: 0, entities: 0 }).text).toBe('$(book) 0 articles · 0 entities');
    expect(statusView({ client: 'running', indexing: false, articles: 2 }).text).toBe('$(book) 2 articles');
  });

  it('says when indexing stopped at the file limit', () => {
    expect(statusView({ client: 'running', indexing: false, articles: 5, lastIndex: { ...SUMMARY, truncated: true } }).tooltip).toContain('seedlens.articles.maxFiles');
  });

  it('offers a restart when the server failed', () => {
    expect(statusView({ client: 'failed', indexing: false })).toMatchObject({ visible: true, text: '$(error) seedlens', command: RESTART_COMMAND });
  });
});
