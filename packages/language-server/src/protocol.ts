import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver';
import type { RelatedArticleItem } from './features/related-articles.js';

/** Custom messages of the seedlens language server, for clients that want more than LSP. */

export interface RelatedArticlesParams {
  uri: string;
  /** Default 10. */
  limit?: number;
}

/** `seedlens/relatedArticles`: articles related to one, ranked; null for an article the server does not hold. */
export const RelatedArticlesRequest = new RequestType<RelatedArticlesParams, RelatedArticleItem[] | null, void>('seedlens/relatedArticles');

export interface IndexSummary {
  /** Articles in the corpus after indexing (open documents included). */
  articles: number;
  /** Files analysed now, and files whose analysis came from the on-disk cache. */
  analysed: number;
  fromCache: number;
  /** Files that could not be read or analysed. */
  failures: number;
  /** True when indexing stopped at `seedlens.articles.maxFiles`. */
  truncated: boolean;
  durationMs: number;
}

/** `seedlens/indexed`: sent when (re-)indexing the workspace has finished. */
export const IndexedNotification = new NotificationType<IndexSummary>('seedlens/indexed');

export interface StatusResult {
  indexing: boolean;
  articles: number;
  /** The last finished indexing, if any. */
  lastIndex: IndexSummary | null;
}

/** `seedlens/status`: whether indexing is running and how big the corpus is (for status bars, and to poll). */
export const StatusRequest = new RequestType0<StatusResult, void>('seedlens/status');
