import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '@seedlens/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisCache, contentHash } from './analysis-cache.js';
import { CACHE_FORMAT, type CacheEntry, formatPack, parsePack } from './analysis-pack.js';
import { cacheDirFor } from './cache-dir.js';
import { analyzerFingerprint, indexerFingerprint } from './fingerprints.js';
import { analysisResult } from '../analysis/article-records.js';
import { decodeRecord, encodeRecord } from '../records/analysis-record.js';
import { decodeArticleIndex, type IndexRecord } from '../index/article-index.js';
import { headerArticle as article, seeds } from '../../test/seed-texts.js';


describe('cacheDirFor', () => {
  const home = '/home/ana';
  it('follows each platform, and SEEDLENS_CACHE_DIR overrides', () => {
    expect(cacheDirFor({}, 'linux', home)).toBe('/home/ana/.cache/seedlens');
    expect(cacheDirFor({ XDG_CACHE_HOME: '/var/cache/ana' }, 'linux', home)).toBe('/var/cache/ana/seedlens');
    expect(cacheDirFor({ XDG_CACHE_HOME: 'relative' }, 'linux', home)).toBe('/home/ana/.cache/seedlens');
    expect(cacheDirFor({}, 'darwin', home)).toBe('/home/ana/Library/Caches/seedlens');
    expect(cacheDirFor({ LOCALAPPDATA: '/c/Users/ana/AppData/Local' }, 'win32', home)).toBe(join('/c/Users/ana/AppData/Local', 'seedlens'));
    expect(cacheDirFor({ SEEDLENS_CACHE_DIR: '/tmp/sl', XDG_CACHE_HOME: '/x' }, 'linux', home)).toBe(resolve('/tmp/sl'));
  });
});

/** An index record with its words as strings: the same whatever table holds them. */
function readable(index: IndexRecord) {
  const decoded = decodeArticleIndex(index);
  if (!decoded) return undefined;
  const { strings, refs, tokens } = decoded.words;
  return { ...decoded, words: Array.from(tokens, (t) => strings[refs[t]!]) };
}

/** What the analysing thread gives the cache for a text. */
const entryOf = (text: string): CacheEntry => analysisResult(analyze(text));

describe('formatPack / parsePack', () => {
  it('holds the records of many analyses with their index records, each read back by content hash', () => {
    const texts = [article, ...seeds];
    const entries = new Map(texts.map((text) => [contentHash(Buffer.from(text)), entryOf(text)]));
    const pack = parsePack(formatPack(entries));
    expect(pack?.size).toBe(texts.length);
    for (const text of texts) {
      const entry = pack?.entry(contentHash(Buffer.from(text)));
      expect(entry && decodeRecord(entry.record, text)).toEqual(analyze(text));
      expect(entry?.index && readable(entry.index)).toEqual(readable(entryOf(text).index!));
    }
    expect(pack?.entry(contentHash(Buffer.from('not there')))).toBeUndefined();
  });

  it('leaves a damaged record out, and drops a damaged index record, instead of failing the whole pack', () => {
    const good = entryOf(article);
    const broken = { strings: [], bytes: new Uint8Array([5]) };
    const pack = parsePack(formatPack(new Map([['bad', { record: broken, index: good.index }], ['good', good], ['no index', { record: good.record, index: broken }]])));
    expect(pack?.size).toBe(2);
    expect(decodeRecord(pack!.entry('good')!.record, article)).toEqual(analyze(article));
    expect(pack!.entry('good')!.index).toBeDefined();
    expect(pack!.entry('no index')).toMatchObject({ index: undefined });
  });

  it('keeps the analyses of a pack written by other indexing code, without their index records', () => {
    const bytes = formatPack(new Map([['a', entryOf(article)]]));
    const newline = bytes.indexOf(0x0a);
    const other = Buffer.concat([Buffer.from(bytes.subarray(0, newline).toString().replace(` ${indexerFingerprint()} `, ' someone-else ')), bytes.subarray(newline)]);
    expect(parsePack(bytes)?.entry('a')?.index).toBeDefined();
    const entry = parsePack(other)?.entry('a');
    expect(entry && decodeRecord(entry.record, article)).toEqual(analyze(article));
    expect(entry?.index).toBeUndefined();
  });
});

describe('AnalysisCache', () => {
  let dir: string;
  const roots = ['/data/articles', '/data/more'];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seedlens-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const hash = contentHash(Buffer.from(article));

  async function saved(): Promise<string> {
    const cache = await AnalysisCache.open(dir, roots);
    const { record, index } = entryOf(article);
    cache.set(hash, record, index);
    expect(await cache.save()).toBe(true);
    return cache.file;
  }

  it('saves one pack per root set under its folder, and reads it back', async () => {
    const file = await saved();
    expect(readdirSync(dir)).toEqual([file.slice(dir.length + 1)]);
    const reopened = await AnalysisCache.open(dir, [...roots].reverse());
    expect(reopened.file).toBe(file);
    const entry = reopened.get(hash, article);
    expect(entry && decodeRecord(entry.record, article)).toEqual(analyze(article));
    expect(reopened.get(contentHash(Buffer.from('other')), 'other')).toBeUndefined();
    // A record that does not fit the text is no hit.
    expect(reopened.get(hash, article.slice(0, 10))).toBeUndefined();
    expect((await AnalysisCache.open(dir, ['/data/articles'])).size).toBe(0);
  });

  it('rewrites only when something changed, dropping analyses no longer used', async () => {
    await saved();
    const same = await AnalysisCache.open(dir, roots);
    expect(same.get(hash, article)).toBeDefined();
    expect(await same.save()).toBe(false);
    const gone = await AnalysisCache.open(dir, roots);
    expect(await gone.save()).toBe(true);
    expect((await AnalysisCache.open(dir, roots)).size).toBe(0);
  });

  it('ignores a truncated, corrupt, foreign or other-version pack, and replaces it on save', async () => {
    const file = await saved();
    const good = readFileSync(file);
    expect(parsePack(good)?.size).toBe(1);
    const header = good.subarray(0, good.indexOf(0x0a)).toString();
    const body = good.subarray(good.indexOf(0x0a));
    const flipped = Buffer.from(good);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 10) ^ 0x01, flipped.length - 10);
    const damaged = [
      good.subarray(0, good.length - 100),
      good.subarray(0, 10),
      flipped,
      Buffer.concat([Buffer.from(header.replace(` ${CACHE_FORMAT} `, ` ${CACHE_FORMAT + 1} `)), body]),
      Buffer.concat([Buffer.from(header.replace(analyzerFingerprint(), '0.0.1+older')), body]),
      Buffer.from('{"entries": []}'),
      Buffer.from([0, 159, 146, 150, 10, 255]),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      writeFileSync(file, bytes);
      const cache = await AnalysisCache.open(dir, roots);
      expect(cache.size).toBe(0);
      expect(cache.get(hash, article)).toBeUndefined();
      cache.set(hash, encodeRecord(analyze(article)), undefined);
      expect(await cache.save()).toBe(true);
      const entry = (await AnalysisCache.open(dir, roots)).get(hash, article);
      expect(entry && decodeRecord(entry.record, article)).toEqual(analyze(article));
    }
  });

  it('treats a cache folder it cannot write as no cache: save says false, leaves nothing behind', async () => {
    const notADir = join(dir, 'file');
    writeFileSync(notADir, 'x');
    const cache = await AnalysisCache.open(notADir, roots);
    cache.set(hash, encodeRecord(analyze(article)), undefined);
    expect(await cache.save()).toBe(false);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('writes atomically: no temporary files remain', async () => {
    await saved();
    await saved();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
