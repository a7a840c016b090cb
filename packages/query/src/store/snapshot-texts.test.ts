import { mkdtempSync, openSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SnapshotTexts } from './snapshot-texts.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'seedlens-texts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `head` then `texts`, and its texts open from where they start. */
function textsIn(head: string, texts: string): { file: string; texts: SnapshotTexts } {
  const file = join(dir, 'snapshot');
  writeFileSync(file, head + texts);
  return { file, texts: new SnapshotTexts(openSync(file, 'r'), Buffer.byteLength(head), Buffer.byteLength(texts)) };
}

const read = (texts: SnapshotTexts, at: number, length: number) => Buffer.from(texts.read(at, length)).toString();

describe('SnapshotTexts', () => {
  it('reads runs of the texts, counted from where they start', () => {
    const { texts } = textsIn('header and body|', 'Baku. Zürich. 北京.');
    expect(read(texts, 0, 5)).toBe('Baku.');
    expect(read(texts, 6, 8)).toBe('Zürich.');
    expect(read(texts, 0, 0)).toBe('');
    expect(texts.length).toBe(Buffer.byteLength('Baku. Zürich. 北京.'));
    texts.close();
  });

  it('refuses a run beyond the texts', () => {
    const { texts } = textsIn('head|', 'Baku.');
    expect(() => texts.read(3, 5)).toThrow(/no such text/);
    expect(() => texts.read(-1, 1)).toThrow(/no such text/);
    texts.close();
  });

  it('still reads the file it opened once another is renamed over it', () => {
    const { file, texts } = textsIn('head|', 'Baku.');
    writeFileSync(join(dir, 'newer'), 'other|Oslo.');
    renameSync(join(dir, 'newer'), file);
    expect(read(texts, 0, 5)).toBe('Baku.');
    texts.close();
  });

  it('says so when the file was cut short under it, and after it was closed', () => {
    const { file, texts } = textsIn('head|', 'Baku. Oslo.');
    truncateSync(file, 8);
    expect(() => texts.read(0, 11)).toThrow(/ends early/);
    texts.close();
    expect(() => texts.read(0, 1)).toThrow(/closed/);
  });
});
