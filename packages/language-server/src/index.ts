export { startServer, type ServerOptions } from './server.js';
// For a process that runs the server (the VS Code extension's bundle): see @seedlens/query.
export { boundHeapGrowth } from '@seedlens/query';
export { Workspace, type WorkspaceHost, type ProgressSink, type FileChange } from './workspace.js';
export { corpusView, type CorpusView, type Cancellation } from './corpus-view.js';
export { PositionMap, editOf, type PendingEdit } from './positions.js';
export { readSettings, DEFAULT_SETTINGS, type Settings, type TokenStyle } from './settings.js';
export { COMMANDS, COMMAND_IDS } from './commands.js';
export {
  RelatedArticlesRequest,
  EntitiesRequest,
  TimelineRequest,
  ArticleDatesRequest,
  PlacesRequest,
  EntityAtRequest,
  IndexedNotification,
  StatusRequest,
  type RelatedArticlesParams,
  type EntitiesParams,
  type TimelineParams,
  type ArticleDatesParams,
  type PlacesParams,
  type EntityAtParams,
  type IndexSummary,
  type StatusResult,
} from './protocol.js';
export { dateInWords } from './date-words.js';
export { articleLabel } from './article-label.js';
export { SEMANTIC_TOKENS_LEGEND, TOKEN_TYPES, TOKEN_MODIFIERS, semanticTokens } from './features/semantic-tokens.js';
export { hover } from './features/hover.js';
export { definition } from './features/definition.js';
export { references } from './features/references.js';
export { documentHighlights } from './features/document-highlight.js';
export { documentSymbols, flattenSymbols } from './features/document-symbols.js';
export { workspaceSymbols } from './features/workspace-symbols.js';
export { codeLenses } from './features/code-lens.js';
export { inlayHints } from './features/inlay-hints.js';
export { completion } from './features/completion.js';
export { relatedArticles, type RelatedArticleItem } from './features/related-articles.js';
export { entities, entityCount, DEFAULT_ENTITY_LIMIT, type EntityItem, type EntityPage } from './features/entities.js';
export { timeline, DEFAULT_TIMELINE_LIMIT, type TimelineItem, type TimelineOptions } from './features/timeline.js';
export { articleDates, DEFAULT_ARTICLE_DATES_LIMIT, type ArticleDateItem, type ArticleDatesOptions } from './features/article-dates.js';
export { entityAt } from './features/entity-at.js';
export { places, DEFAULT_PLACE_LIMIT, DEFAULT_PLACE_ARTICLES, type PlaceItem, type PlaceArticle, type PlacesOptions } from './features/places.js';
export { entityRef, type EntityRef } from './entity-ref.js';
