import { analyze } from '@seedlens/core';
import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../records/analysis-record.js';
import type { AsideRef } from '../records/snapshot-format.js';
import type { TextSpooler } from '../records/stored-article.js';
import { AnalysisJobs } from './analysis-jobs.js';
import type { ArticleRecords } from './article-records.js';

const TEXT = 'Talks in Oslo\n\nMinister Jonas Lindqvist met Mei Nakamura in Oslo in June 2019.\n';

/** A spool in memory: what it was given, by where. */
function memorySpool(): TextSpooler & { runs: Uint8Array[] } {
  const runs: Uint8Array[] = [];
  const spool = {
    runs,
    put(bytes: Uint8Array): AsideRef {
      runs.push(new Uint8Array(bytes));
      return { from: { read: (at: number) => runs[at]! }, at: runs.length - 1, length: bytes.length };
    },
  };
  return spool;
}

describe('AnalysisJobs', () => {
  it('gives a copy of a content found after its analysis came back the same records, its bytes read from where the spool keeps them', async () => {
    const spool = memorySpool();
    const analysed: Array<{ path: string; records: ArticleRecords }> = [];
    const jobs = new AnalysisJobs(
      { workers: 0, script: 'none' },
      { analysed: (path, _text, records) => analysed.push({ path, records }), failed: (path, error) => expect.fail(`${path}: ${error}`), made: () => {} },
      () => spool,
    );
    await jobs.analyse('hash', 'a.txt', TEXT);
    await jobs.drain();
    await jobs.analyse('hash', 'z.txt', TEXT);
    expect(analysed.map((a) => a.path)).toEqual(['a.txt', 'z.txt']);
    // The record's bytes went to the spool once; both files are told where.
    expect(spool.runs).toHaveLength(1);
    expect(analysed[1]!.records.spooled).toBe(analysed[0]!.records.spooled);
    for (const { records } of analysed) expect(decodeRecord(records.record, TEXT)).toEqual(analyze(TEXT));
  });
});
