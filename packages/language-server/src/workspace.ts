import { existsSync } from 'node:fs';
import { type AnalysedText, Corpus, TextAnalyser, findArticles, openCorpus, readArticle, upsertAnalysed, upsertAnalysedAsync } from '@seedlens/query';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { corpusView, type CorpusView } from './corpus-view.js';
import { entityCount } from './features/entities.js';
import { PositionMap, editOf, type PendingEdit } from './positions.js';
import type { IndexSummary } from './protocol.js';
import { DEFAULT_SETTINGS, indexingChanged, type Settings } from './settings.js';
import { pathOfUri, uriOfPath } from './uris.js';
import { indexableRoots } from './workspace-roots.js';

/** What the workspace tells the server (which tells the client). */
export interface WorkspaceHost {
  log(message: string): void;
  /** Something the user should see (a workspace folder refused); default: `log`. */
  warn?(message: string): void;
  /** Begins a progress report for one indexing run. */
  progress(title: string): Promise<ProgressSink>;
  /** Analyses changed: tokens, lenses and hints the client holds may be out of date. */
  changed(): void;
  indexed(summary: IndexSummary): void;
}

export interface ProgressSink {
  report(done: number, total: number): void;
  done(): void;
}

export type FileChange = { uri: string; type: 'created' | 'changed' | 'deleted' };

interface OpenArticle {
  document: TextDocument;
  /** Edits since the last analysis of this document. */
  edits: PendingEdit[];
  timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The analysis of this document under way on the worker thread, then being put into the corpus
   * a slice at a time, if any: a newer one aborts it.
   */
  analysing: AbortController | undefined;
  /** Whether the analysis under way is in and being put into the corpus. */
  indexing: boolean;
  /** The last complete analysis from the worker thread (`edits` are since its text), for a new corpus. */
  last: AnalysedText | undefined;
}

const PROGRESS_INTERVAL_MS = 100;
/** Failures logged one by one; the rest are counted (a broken setup can fail every file). */
const MAX_LOGGED_FAILURES = 20;
/**
 * Texts up to this many characters are analysed on the server's thread at once, as the analysis
 * pool does alongside its workers (tens of milliseconds: most articles, highlighted without waiting
 * for a worker to start); longer ones on a worker thread, so that requests are answered meanwhile.
 */
const IN_THREAD_MAX_CHARS = 64 * 1024;

/**
 * The corpus of the workspace folders and the documents open in the editor, kept up to date:
 * indexing with `openCorpus`, re-analysis of edited documents (debounced), and file changes.
 * An open document's text wins over the file on disk.
 *
 * One class of about 280 lines on purpose: indexing, open documents and file changes together
 * decide which text of each article the corpus holds (the editor's, the file's, or none), and
 * each of them reads the others' state (an indexing run re-analyses the open documents; a closed
 * document falls back to its file; file changes wait for the indexing and skip open documents).
 */
export class Workspace {
  private current = new Corpus();
  private settings: Settings = DEFAULT_SETTINGS;
  private roots: string[] = [];
  private readonly open = new Map<string, OpenArticle>();
  /** Articles found on disk by the last indexing or rescan. */
  private onDisk = new Set<string>();
  private indexing: AbortController | undefined;
  private readonly pendingFiles: FileChange[] = [];
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly debounceMs: number;
  private lastSummary: IndexSummary | null = null;
  /** Workspace folders refused (the file system's root, the home folder), each told once. */
  private readonly refusedRoots = new Set<string>();
  /** The cache could not be written, and the log said so (once a session). */
  private toldNoCache = false;
  private readonly analyser: TextAnalyser;
  private readonly inThreadMaxChars: number;
  /** How long the server's thread works at a time on putting a long document into the corpus. */
  private readonly sliceMs: number | undefined;

  constructor(
    private readonly host: WorkspaceHost,
    options: { debounceMs?: number; inThreadMaxChars?: number; analyser?: TextAnalyser; sliceMs?: number } = {},
  ) {
    this.debounceMs = options.debounceMs ?? 150;
    this.sliceMs = options.sliceMs;
    this.inThreadMaxChars = options.inThreadMaxChars ?? IN_THREAD_MAX_CHARS;
    this.analyser = options.analyser ?? new TextAnalyser();
  }

  get corpus(): Corpus {
    return this.current;
  }

  get isIndexing(): boolean {
    return this.indexing !== undefined;
  }

  get lastIndex(): IndexSummary | null {
    return this.lastSummary;
  }

  /** Open documents whose analysis is under way on the worker thread. */
  get analysing(): number {
    let n = 0;
    for (const open of this.open.values()) if (open.analysing) n++;
    return n;
  }

  /** Open documents whose analysis is in and being put into the corpus (counted in `analysing` too). */
  get indexingOpen(): number {
    let n = 0;
    for (const open of this.open.values()) if (open.analysing && open.indexing) n++;
    return n;
  }

  /** The view features read: open documents positioned in their current text. */
  view(): CorpusView {
    return corpusView(this.current, (uri) => {
      const open = this.open.get(uri);
      return open && open.edits.length > 0 ? PositionMap.edited(open.document, open.edits) : undefined;
    });
  }

  /**
   * Sets the workspace folders (URIs; other schemes than `file:` are ignored; the root of the file
   * system and the home folder are refused, with a warning). True when they changed.
   */
  setRoots(uris: string[]): boolean {
    const paths = [...new Set(uris.map(pathOfUri).filter((p): p is string => p !== undefined))].sort();
    const roots = indexableRoots(paths, (message) => (this.host.warn ? this.host.warn(message) : this.host.log(message)), this.refusedRoots);
    if (roots.join('\0') === this.roots.join('\0')) return false;
    this.roots = roots;
    return true;
  }

  /** Applies settings; true when the workspace must be indexed again. */
  configure(settings: Settings): boolean {
    const reindex = indexingChanged(this.settings, settings);
    this.settings = settings;
    return reindex;
  }

  getSettings(): Settings {
    return this.settings;
  }

  /**
   * Indexes the workspace folders into a new corpus, then swaps it in (requests keep being served
   * from the old one meanwhile). A second call aborts the first; the aborted one resolves undefined.
   */
  async index(): Promise<IndexSummary | undefined> {
    this.indexing?.abort();
    const controller = new AbortController();
    this.indexing = controller;
    const started = performance.now();
    const corpus = new Corpus();
    const progress = await this.host.progress('Indexing articles');
    let lastReport = 0;
    try {
      const { articles } = this.settings;
      const result = await openCorpus(this.roots, {
        corpus,
        include: articles.include,
        exclude: articles.exclude,
        maxBytes: articles.maxFileSize,
        maxFiles: articles.maxFiles,
        cacheDir: this.settings.cache ? undefined : false,
        uriOf: uriOfPath,
        signal: controller.signal,
        onProgress: (done, total) => {
          const now = performance.now();
          if (now - lastReport < PROGRESS_INTERVAL_MS && done < total) return;
          lastReport = now;
          progress.report(done, total);
        },
      });
      if (controller.signal.aborted) return undefined;
      for (const failure of result.failures.slice(0, MAX_LOGGED_FAILURES)) this.host.log(`seedlens: skipped ${failure.path}: ${failure.error}`);
      if (result.failures.length > MAX_LOGGED_FAILURES) this.host.log(`seedlens: … and ${result.failures.length - MAX_LOGGED_FAILURES} more files skipped`);
      if (result.truncated) this.host.log(`seedlens: stopped at ${articles.maxFiles} files (seedlens.articles.maxFiles)`);
      if (result.cacheError && !this.toldNoCache) {
        this.toldNoCache = true;
        this.host.log(`seedlens: the cache cannot be written in ${result.cacheError.path} (${result.cacheError.error}); every indexing analyses the files again`);
      }
      this.onDisk = new Set(result.corpus.uris());
      this.current = result.corpus;
      for (const [uri, open] of this.open) this.carryOver(uri, open);
      const summary: IndexSummary = {
        articles: this.current.size,
        entities: entityCount(this.current),
        analysed: result.analysed,
        fromCache: result.fromCache,
        failures: result.failures.length,
        truncated: result.truncated,
        durationMs: Math.round(performance.now() - started),
      };
      this.lastSummary = summary;
      this.indexing = undefined;
      this.host.changed();
      this.host.indexed(summary);
      this.filesChanged(this.pendingFiles.splice(0));
      return summary;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.host.log(`seedlens: indexing failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      if (this.indexing === controller) this.indexing = undefined;
      progress.done();
    }
  }

  /**
   * A document opened in the editor: analysed at once, so it is highlighted before indexing ends
   * (a long one on the worker thread: until it is analysed, requests are answered from what the
   * corpus held of it, if anything).
   */
  didOpen(uri: string, text: string, version: number): void {
    const previous = this.open.get(uri);
    if (previous?.timer) clearTimeout(previous.timer);
    previous?.analysing?.abort();
    const open: OpenArticle = { document: TextDocument.create(uri, 'plaintext', version, text), edits: [], timer: undefined, analysing: undefined, indexing: false, last: undefined };
    this.open.set(uri, open);
    if (text.length > this.inThreadMaxChars) {
      // Until its analysis is in, what the corpus holds of it (the file, as indexed) is answered
      // from if it is this text; if not, it is as if the editor had replaced it whole (no positions).
      const held = this.current.get(uri)?.analysis.source.text;
      if (held !== undefined && held !== text) open.edits.push({ start: 0, end: held.length, length: text.length });
    }
    this.analyseOpen(uri);
    this.host.changed();
  }

  /**
   * The client changed an open document: apply the changes, remember where they fell (so positions
   * stay right until the next analysis) and analyse it again once the typing pauses.
   * Changes to a document that is not open are ignored.
   */
  didChange(uri: string, changes: TextDocumentContentChangeEvent[], version: number): void {
    const open = this.open.get(uri);
    if (!open) return;
    for (const change of changes) {
      open.edits.push(editOf(open.document, change));
      TextDocument.update(open.document, [change], version);
    }
    if (open.timer) clearTimeout(open.timer);
    open.timer = setTimeout(() => {
      open.timer = undefined;
      if (this.open.get(uri) !== open) return;
      this.analyseOpen(uri);
      this.host.changed();
    }, this.debounceMs);
  }

  /** The text of an open document as the client has it now. */
  openText(uri: string): string | undefined {
    return this.open.get(uri)?.document.getText();
  }

  /** Analyses a pending edit of `uri` now (before answering about it, or on save). */
  flush(uri: string): void {
    const open = this.open.get(uri);
    if (!open || open.edits.length === 0) return;
    if (open.timer) clearTimeout(open.timer);
    open.timer = undefined;
    this.analyseOpen(uri);
    this.host.changed();
  }

  /** Closed in the editor: back to the file on disk if it is an article, else out of the corpus. */
  async didClose(uri: string): Promise<void> {
    const open = this.open.get(uri);
    if (!open) return;
    if (open.timer) clearTimeout(open.timer);
    open.analysing?.abort();
    this.open.delete(uri);
    if (this.onDisk.has(uri)) await this.readFromDisk(uri);
    else this.current.remove(uri);
    this.host.changed();
  }

  /**
   * Files created, changed or deleted outside the editor. Changes to known articles are read
   * again; new files are found by a (debounced) rescan with the same rules as indexing, so the
   * include/exclude globs are applied in one place.
   */
  filesChanged(changes: FileChange[]): void {
    if (changes.length === 0) return;
    if (this.indexing) {
      this.pendingFiles.push(...changes);
      return;
    }
    let touched = false;
    for (const { uri, type } of changes) {
      if (type === 'deleted') {
        const prefix = uri.endsWith('/') ? uri : `${uri}/`;
        for (const known of [...this.onDisk]) {
          if (known !== uri && !known.startsWith(prefix)) continue;
          this.onDisk.delete(known);
          if (!this.open.has(known)) touched = this.current.remove(known) || touched;
        }
      } else if (this.onDisk.has(uri)) {
        if (!this.open.has(uri)) void this.readFromDisk(uri).then(() => this.host.changed());
      } else {
        this.scheduleRescan();
      }
    }
    if (touched) this.host.changed();
  }

  dispose(): void {
    this.indexing?.abort();
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    for (const open of this.open.values()) {
      if (open.timer) clearTimeout(open.timer);
      open.analysing?.abort();
    }
    this.analyser.dispose();
  }

  /**
   * Analyses an open document's text as it is now. A short text is analysed here and now; a long
   * one on the worker thread, superseding (aborting) an analysis of the document still under way.
   * Meanwhile the corpus keeps the last complete analysis, and the edits since the text it was
   * made from, so that positions stay right.
   */
  private analyseOpen(uri: string): void {
    const open = this.open.get(uri);
    if (!open) return;
    if (open.timer) clearTimeout(open.timer);
    open.timer = undefined;
    open.analysing?.abort();
    open.analysing = undefined;
    open.indexing = false;
    const text = open.document.getText();
    // Characters, not bytes: a bound on work, close enough to the file-size setting.
    if (text.length > this.settings.articles.maxFileSize) {
      open.edits = [];
      open.last = undefined;
      this.host.log(`seedlens: ${uri} is larger than seedlens.articles.maxFileSize; not analysed`);
      this.current.remove(uri);
      return;
    }
    if (text.length <= this.inThreadMaxChars) {
      open.edits = [];
      open.last = undefined;
      try {
        this.current.upsert(uri, text);
      } catch (error) {
        this.host.log(`seedlens: could not analyse ${uri}: ${error instanceof Error ? error.message : String(error)}`);
        this.current.remove(uri);
      }
      return;
    }
    const analysedEdits = open.edits.length;
    const controller = new AbortController();
    open.analysing = controller;
    const current = () => !controller.signal.aborted && this.open.get(uri) === open;
    const failed = (error: unknown) => {
      if (!current()) return;
      open.analysing = undefined;
      open.indexing = false;
      // The last analysis stays, with the edits since it.
      this.host.log(`seedlens: could not analyse ${uri}: ${error instanceof Error ? error.message : String(error)}`);
    };
    this.analyser.analyse(text, { path: uri, signal: controller.signal }).then((analysed) => {
      if (!current()) return;
      open.indexing = true;
      this.putOpen(uri, open, analysed, analysedEdits, controller.signal).catch(failed);
    }, failed);
  }

  /**
   * Puts the analysis of an open document into the corpus a slice at a time, answering requests
   * in between from the corpus as it was; the document's state changes with the corpus, at once.
   * A newer analysis of the document aborts it.
   */
  private async putOpen(uri: string, open: OpenArticle, analysed: AnalysedText, analysedEdits: number, signal: AbortSignal): Promise<void> {
    let corpus = this.current;
    for (;;) {
      try {
        await upsertAnalysedAsync(corpus, uri, analysed, { signal, sliceMs: this.sliceMs });
      } catch (error) {
        if (signal.aborted || this.open.get(uri) !== open) return;
        this.host.log(`seedlens: could not analyse ${uri}: ${error instanceof Error ? error.message : String(error)}`);
        corpus.remove(uri);
      }
      // Indexing swapped in a new corpus meanwhile: the analysis goes there too.
      if (corpus === this.current || signal.aborted || this.open.get(uri) !== open) break;
      corpus = this.current;
    }
    if (signal.aborted || this.open.get(uri) !== open) return;
    // Here, in the same turn as the corpus took the analysis: no request comes in between.
    open.analysing = undefined;
    open.indexing = false;
    open.last = analysed;
    // The edits made while it was analysed are still ahead of the analysis.
    open.edits = open.edits.slice(analysedEdits);
    this.host.changed();
  }

  /**
   * An open document into a new corpus (indexing swapped it in): a long one with the last analysis
   * from the worker thread, which the pending edits are relative to, so that it is answered about
   * at once; it is analysed again only when edits are pending (an analysis under way lands in the
   * new corpus anyway). A short one is analysed again, at once.
   */
  private carryOver(uri: string, open: OpenArticle): void {
    const { last } = open;
    if (!last || last.text.length > this.settings.articles.maxFileSize) {
      this.analyseOpen(uri);
      return;
    }
    try {
      upsertAnalysed(this.current, uri, last);
    } catch {
      this.analyseOpen(uri);
      return;
    }
    if (open.edits.length > 0 && !open.analysing) this.analyseOpen(uri);
  }

  /** `text` (of the article at `uri`) analysed, here when short, else on the worker thread. */
  private async analyse(uri: string, text: string): Promise<string | AnalysedText> {
    return text.length <= this.inThreadMaxChars ? text : this.analyser.analyse(text, { path: uri });
  }

  private async readFromDisk(uri: string): Promise<void> {
    const path = pathOfUri(uri);
    if (!path) return;
    const corpus = this.current;
    // readArticle checks the size before reading, never blocks on a FIFO, and refuses a file that
    // was swapped for a link out of the workspace after it was found.
    const read = readArticle(path, { maxBytes: this.settings.articles.maxFileSize, roots: this.roots });
    if (this.open.has(uri) || corpus !== this.current) return;
    if ('error' in read) {
      this.host.log(`seedlens: skipped ${path}: ${read.error}`);
      corpus.remove(uri);
      if (!existsSync(path)) this.onDisk.delete(uri);
      return;
    }
    let analysed: string | AnalysedText;
    try {
      analysed = await this.analyse(uri, read.text);
    } catch (error) {
      this.host.log(`seedlens: could not analyse ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (this.open.has(uri) || corpus !== this.current) return;
    if (typeof analysed === 'string') corpus.upsert(uri, analysed);
    else upsertAnalysed(corpus, uri, analysed);
  }


  private scheduleRescan(): void {
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = undefined;
      void this.rescan();
    }, 300);
  }

  /** Looks for articles that appeared since indexing, with the indexing rules, and reads them. */
  private async rescan(): Promise<void> {
    const { articles } = this.settings;
    let found;
    try {
      found = await findArticles(this.roots, {
        include: articles.include,
        exclude: articles.exclude,
        maxBytes: articles.maxFileSize,
        maxFiles: articles.maxFiles,
      });
    } catch (error) {
      this.host.log(`seedlens: could not look for new articles: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (this.indexing) return; // the running indexing will see them
    const added = found.files.map(uriOfPath).filter((uri) => !this.onDisk.has(uri));
    for (const uri of added) {
      this.onDisk.add(uri);
      if (!this.open.has(uri)) await this.readFromDisk(uri);
    }
    if (added.length > 0) this.host.changed();
  }
}
