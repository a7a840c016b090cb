export { Corpus, type AnalyzeFunction, type CorpusEntry, type CorpusOptions } from './corpus.js';
export { parseQuery, type QueryNode } from './questions/query-parser.js';
export * from './types.js';
export { DEFAULT_MAX_BYTES, decodeArticle, readArticle, type DecodedArticle, type ReadArticleOptions } from './files/read-article.js';
export { findArticles, type FindArticlesOptions, type FoundArticles } from './files/find-articles.js';
export { defaultCacheDir } from './store/cache-dir.js';
export { openCorpus, type OpenCorpusOptions, type OpenedCorpus } from './open-corpus.js';
export { boundHeapGrowth, HEAP_GROWTH_PERCENT } from './heap-growth.js';
export { TextAnalyser, upsertAnalysed, upsertAnalysedAsync, type AnalysedText, type TextAnalyserOptions } from './analysis/text-analyser.js';
