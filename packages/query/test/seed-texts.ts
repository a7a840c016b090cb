import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const seedsDir = resolve(__dirname, '../../../seeds');

/** The repository's seed articles, sorted by file name, without byte-order marks. */
export const seeds: string[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8').replace(/^\uFEFF/, ''));

/** A short article with front matter (a DCT) and a CRLF line ending. */
export const headerArticle = `---
title: Talks in Baku
date: 2017-02-16
---
Gen. Valery Gerasimov met Gen. Joseph Dunford in Baku on Thursday.\r
Gerasimov said the talks in Azerbaijan would continue in March 2017.
`;
