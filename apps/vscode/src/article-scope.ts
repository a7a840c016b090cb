import * as vscode from 'vscode';
import type { DocumentSelector as LspDocumentSelector } from 'vscode-languageclient/node';

/** Which files are articles: globs relative to each workspace folder (settings `seedlens.articles.*`). */
export interface ArticleGlobs {
  include: string[];
  exclude: string[];
}

/** A glob, anchored at a workspace folder (its URI) or, without folders, matched against whole paths. */
export interface ArticlePattern {
  baseUri?: string;
  pattern: string;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0) : [];
}

/** The article globs of the settings; package.json holds the defaults (`**\/seeds/**\/*.txt`, `**\/articles/**\/*.txt`). */
export function readArticleGlobs(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration('seedlens')): ArticleGlobs {
  return { include: strings(config.get('articles.include')), exclude: strings(config.get('articles.exclude')) };
}

/**
 * One pattern per folder and glob, as the server reads globs relative to each workspace folder.
 * Without folders (a lone file open) the globs are matched against whole paths, where only
 * those starting with `**` can match.
 */
export function articlePatterns(folders: readonly string[], globs: readonly string[]): ArticlePattern[] {
  if (folders.length === 0) return globs.map((pattern) => ({ pattern }));
  return folders.flatMap((baseUri) => globs.map((pattern) => ({ baseUri, pattern })));
}

/** The language client's document selector: files (never untitled buffers) matching a pattern. */
export function lspSelector(patterns: readonly ArticlePattern[]): LspDocumentSelector {
  return patterns.map(({ baseUri, pattern }) => ({ scheme: 'file', pattern: baseUri ? { baseUri, pattern } : pattern }));
}

/** The same patterns as a VS Code document selector, for `languages.match`. */
export function codeSelector(patterns: readonly ArticlePattern[]): vscode.DocumentFilter[] {
  return patterns.map(({ baseUri, pattern }) => ({
    scheme: 'file',
    pattern: baseUri ? new vscode.RelativePattern(vscode.Uri.parse(baseUri), pattern) : pattern,
  }));
}

/**
 * The articles of the open workspace: which documents the language client sends to the server
 * (include globs) and which of those it holds back (exclude globs, which a selector cannot express).
 */
export class ArticleScope {
  readonly selector: LspDocumentSelector;
  private readonly included: vscode.DocumentFilter[];
  private readonly excluded: vscode.DocumentFilter[];

  constructor(
    readonly globs: ArticleGlobs,
    readonly folders: readonly string[],
  ) {
    const include = articlePatterns(folders, globs.include);
    this.selector = lspSelector(include);
    this.included = codeSelector(include);
    this.excluded = codeSelector(articlePatterns(folders, globs.exclude));
  }

  /** The scope of the current settings and workspace folders. */
  static current(): ArticleScope {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    return new ArticleScope(readArticleGlobs(), folders);
  }

  isExcluded(document: vscode.TextDocument): boolean {
    return this.excluded.length > 0 && vscode.languages.match(this.excluded, document) > 0;
  }

  isArticle(document: vscode.TextDocument): boolean {
    return this.included.length > 0 && vscode.languages.match(this.included, document) > 0 && !this.isExcluded(document);
  }

  /**
   * Whether any workspace folder holds an article, to start the server only where there is
   * something to read. Exclude globs are not applied here: at worst the server starts and finds nothing.
   */
  async hasArticles(): Promise<boolean> {
    for (const { baseUri, pattern } of articlePatterns(this.folders, this.globs.include)) {
      if (!baseUri) continue;
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(baseUri), pattern), null, 1);
      if (found.length > 0) return true;
    }
    return false;
  }
}
