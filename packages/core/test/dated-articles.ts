import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFixture } from '../src/dates/fixture.js';

/**
 * The folder of dated articles (test/dated-articles/): short news texts in the common layouts
 * (the date in the file name or its folders, in a header line, only in the text, or nowhere),
 * each date marked inline as in the date fixtures, `{VALUE|span}`, its value resolved against
 * the article's true date. `answers.json` gives each file's date and where it is to be found
 * (null where nothing in the file gives it: there the values keep their unknown parts).
 */
export interface DatedArticle {
  /** Path relative to the folder, `/`-separated: what core is given as the article's path. */
  path: string;
  text: string;
  dct: string | null;
  dctSource: string | null;
  dates: Array<{ start: number; end: number; value: string }>;
}

export const DATED_ARTICLES = join(__dirname, 'dated-articles');

export function datedArticles(): DatedArticle[] {
  const answers = JSON.parse(readFileSync(join(DATED_ARTICLES, 'answers.json'), 'utf8')) as Record<string, { dct: string | null; dctSource: string | null }>;
  return textFiles(DATED_ARTICLES).map((file) => {
    const path = relative(DATED_ARTICLES, file).split('\\').join('/');
    const answer = answers[path];
    if (!answer) throw new Error(`${path} is missing from answers.json`);
    const { text, expected } = parseFixture(readFileSync(file, 'utf8'));
    const dates = expected.map((e) => {
      const m = /^(\d+):([\s\S]*)=(\S+)$/.exec(e)!;
      return { start: Number(m[1]), end: Number(m[1]) + m[2]!.length, value: m[3]! };
    });
    return { path, text, ...answer, dates };
  });
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? textFiles(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));
}

/** Share of the gold dates that a predicted date overlaps with the same value. */
export function valueAccuracy(gold: DatedArticle['dates'], predicted: ReadonlyArray<{ start: number; end: number; value?: string }>): { correct: number; total: number } {
  let correct = 0;
  for (const g of gold) if (predicted.some((p) => p.start < g.end && g.start < p.end && p.value === g.value)) correct++;
  return { correct, total: gold.length };
}
