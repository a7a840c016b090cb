import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';

/**
 * One edit the client made since the article was last analysed, in offsets of the text as it was
 * just before that edit: `[start, end)` was replaced by `length` code units.
 */
export interface PendingEdit {
  start: number;
  end: number;
  length: number;
}

/**
 * The one module that turns offsets into LSP positions and back (UTF-16 code units, as the
 * analysis counts them). Offsets are always into the text the analysis was made from; positions
 * are in the text the client holds now, which may be a few edits ahead while a re-analysis is
 * pending. Spans the edits touched have no position until the article is analysed again.
 */
export class PositionMap {
  private constructor(
    /** Line index of the client's current text. */
    private readonly current: TextDocument,
    private readonly edits: readonly PendingEdit[],
  ) {}

  /** Positions in `text` itself (an article as analysed, open or not). */
  static of(text: string): PositionMap {
    return new PositionMap(TextDocument.create('', 'plaintext', 0, text), []);
  }

  /** Positions in `current`, which is `edits` ahead of the analysed text. */
  static edited(current: TextDocument, edits: readonly PendingEdit[]): PositionMap {
    return new PositionMap(current, edits);
  }

  /** True when the client's text is ahead of the analysis. */
  get stale(): boolean {
    return this.edits.length > 0;
  }

  position(offset: number): Position | undefined {
    const moved = this.forward(offset, offset);
    return moved === undefined ? undefined : this.current.positionAt(moved[0]);
  }

  /** The range of analysed span `[start, end)`, or undefined when an edit since touched it. */
  range(start: number, end: number): Range | undefined {
    const moved = this.forward(start, end);
    if (moved === undefined) return undefined;
    return { start: this.current.positionAt(moved[0]), end: this.current.positionAt(moved[1]) };
  }

  /**
   * The analysed offset at a client position. Positions past a line's end or the text's end are
   * clamped (as TextDocument does); a position inside text typed since the analysis has none.
   */
  offset(position: Position): number | undefined {
    const line = Number.isFinite(position.line) ? Math.max(0, Math.trunc(position.line)) : 0;
    const character = Number.isFinite(position.character) ? Math.max(0, Math.trunc(position.character)) : 0;
    let offset = this.current.offsetAt({ line, character });
    for (let i = this.edits.length - 1; i >= 0; i--) {
      const edit = this.edits[i]!;
      if (offset <= edit.start) continue;
      if (offset < edit.start + edit.length) return undefined;
      offset -= edit.length - (edit.end - edit.start);
    }
    return offset;
  }

  /** The client's text from the start of the position's line up to the position (clamped). */
  lineBefore(position: Position): { text: string; start: Position; end: Position } {
    const end = this.current.positionAt(this.current.offsetAt(position));
    const start = { line: end.line, character: 0 };
    return { text: this.current.getText({ start, end }), start, end };
  }

  private forward(start: number, end: number): [number, number] | undefined {
    let s = start;
    let e = end;
    for (const edit of this.edits) {
      const delta = edit.length - (edit.end - edit.start);
      if (e <= edit.start) continue;
      if (s >= edit.end) {
        s += delta;
        e += delta;
        continue;
      }
      return undefined;
    }
    return [s, e];
  }
}

/** One client change as an edit, its offsets taken in the document as it was before the change. */
export function editOf(before: TextDocument, change: TextDocumentContentChangeEvent): PendingEdit {
  if (!('range' in change) || !change.range) return { start: 0, end: before.getText().length, length: change.text.length };
  const start = before.offsetAt(change.range.start);
  const end = Math.max(start, before.offsetAt(change.range.end));
  return { start, end, length: change.text.length };
}
