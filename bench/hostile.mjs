#!/usr/bin/env node
// seedlens' analyzer on degenerate inputs: capitals, capitalized words, dots, digits,
// "Gen. Gen. Gen.", one unbroken line of prose, month names, lines of ever new people's names, lines
// of ever new given names of three family names, and one line of dense news. Anything slower than
// linear shows up here. The targets (issue 13):
//   - every input takes at most 1 s per MB at 1 MB (10^6 characters);
//   - at 4 MB, at most 4.5 times its time at 1 MB (linear, with some slack);
//   - `seedlens extract` of a 20 MB file of it peaks at most at 600 MB resident (measured in a
//     child process, with process.resourceUsage().maxRSS; see bench/max-rss.mjs).
// packages/core/test/hostile-input.test.ts checks the same inputs for behaviour (valid offsets, no
// runaway spans) with a bound generous enough for loaded CI.
// Each input is analysed once on a 50 KB slice to warm up, then timed over PASSES whole passes at
// 1 MB and at 4 MB; the median counts. The distinct names (and the given names of one family name)
// are new to every pass (a seed of its own), as they are to an article of them: the analyzer
// remembers answers about words it met, up to a bound, and passes over the same 1 MB would
// otherwise be timed with every word remembered while passes over 4 MB, more words than the bound,
// meet every word anew. Prints a table and writes bench/out/hostile.json. A missed target is
// reported, never an exit code: benchmarks are not tests.
//
//   node bench/hostile.mjs [--quick] [--no-rss] [--only NAME[,NAME…]]
//     --quick: one timed pass per size; --no-rss: skip the 20 MB child processes;
//     --only: just the inputs so named (e.g. --only "distinct names"), to re-measure one after a change.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distinctNames, oneFamilyName } from './distinct-names.mjs';
import { loadBuilt } from './load-built.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const rss = !process.argv.includes('--no-rss');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : new Set((process.argv[onlyAt + 1] ?? '').split(',').map((n) => n.trim()));

const MB = 1_000_000;
const TARGET_MS_PER_MB = 1_000;
const MAX_GROWTH_4MB = 4.5;
const RSS_FILE_MB = 20;
const TARGET_RSS_BYTES = 600 * MB;
const PASSES = quick ? 1 : 3;
const WARM_UP_CHARS = 50_000;
const CLI = join(here, '..', 'packages', 'cli', 'dist', 'bin.js');

/** `unit` repeated to exactly `chars` characters (whatever the pass). */
const fill = (unit) => (chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

const INPUTS = [
  { name: 'capitals', make: fill('A') },
  { name: 'capitalized words', make: fill('Abc ') },
  { name: 'dots', make: fill('.') },
  { name: 'digits', make: fill('1') },
  { name: 'Gen. Gen. Gen.', make: fill('Gen. ') },
  { name: 'one unbroken line', make: fill('the talks of General Gerasimov in Baku on Feb. 16, 2017, and ') },
  { name: 'month names', make: fill('May ') },
  { name: 'distinct names', make: (chars, pass) => distinctNames(chars, { seed: 7 + pass }), fresh: true },
  { name: 'one family name', make: (chars, pass) => oneFamilyName(chars, { seed: 7 + pass }), fresh: true },
  { name: 'dense news line', make: fill('Valery Gerasimov met Joe Dunford in Baku on Thursday, Feb. 16, 2017 and ') },
];

const unknown = [...(only ?? [])].filter((n) => !INPUTS.some((input) => input.name === n));
if (unknown.length > 0) {
  console.error(`bench: no input named ${unknown.map((n) => `"${n}"`).join(', ')}; the inputs are ${INPUTS.map((i) => `"${i.name}"`).join(', ')}`);
  process.exit(1);
}

const core = await loadBuilt('core');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Median time of `analyze` over PASSES passes of `chars` characters of `input` (a text of its own
 * per pass for an input that is `fresh`), with what the last pass found.
 */
function time(input, chars, firstPass) {
  const times = [];
  let analysis;
  let text = input.make(chars, firstPass);
  for (let i = 0; i < PASSES; i++) {
    if (input.fresh && i > 0) text = input.make(chars, firstPass + i);
    const started = performance.now();
    analysis = core.analyze(text);
    times.push(performance.now() - started);
  }
  return {
    ms: Math.round(median(times)),
    maxMs: Math.round(Math.max(...times)),
    mentions: analysis.mentions.length,
    longestMention: analysis.mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0),
  };
}

/**
 * `seedlens extract` of a file of `text` in a child process (the built CLI, output thrown away):
 * its peak resident memory and run time, or an error.
 */
function extractInChild(text, dir) {
  const file = join(dir, 'input.txt');
  const out = join(dir, 'rss.json');
  writeFileSync(file, text);
  rmSync(out, { force: true });
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(join(here, 'max-rss.mjs')).href, CLI, 'extract', file], {
    env: { ...process.env, SEEDLENS_BENCH_RSS_OUT: out, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1024 * 1024,
  });
  rmSync(file, { force: true });
  if (!existsSync(out)) return { error: `extract exited ${child.status ?? child.signal}: ${String(child.stderr).trim().slice(0, 200)}` };
  const { maxRssBytes, ms } = JSON.parse(readFileSync(out, 'utf8'));
  return { maxRssBytes, ms: Math.round(ms), status: child.status };
}

const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
console.log(`seedlens hostile inputs — node ${process.version}, ${cpu}${quick ? ' (quick)' : ''}`);
console.log(
  `analyze() on 1 MB and 4 MB (10^6 characters) of each input, median of ${PASSES} warm ${PASSES === 1 ? 'pass' : 'passes'};` +
    ` targets: ≤ ${TARGET_MS_PER_MB} ms at 1 MB, 4 MB ≤ ${MAX_GROWTH_4MB} × 1 MB` +
    (rss ? `, \`seedlens extract\` of ${RSS_FILE_MB} MB peaks ≤ ${TARGET_RSS_BYTES / MB} MB resident.\n` : '.\n'),
);
if (rss && !existsSync(CLI)) console.log(`(${CLI} is missing: no memory figures; run \`npm run build\` first)\n`);
const measureRss = rss && existsSync(CLI);
const tmp = mkdtempSync(join(tmpdir(), 'seedlens-hostile-'));

const results = [];
try {
  for (const input of INPUTS) {
    if (only !== undefined && !only.has(input.name)) continue;
    const result = { input: input.name };
    try {
      process.stderr.write(`  timing ${input.name}…\n`);
      // Passes 1… at 1 MB, PASSES + 1… at 4 MB: no two passes of a fresh input share a name.
      core.analyze(input.make(WARM_UP_CHARS, 0));
      result.at1MB = time(input, MB, 1);
      result.at4MB = time(input, 4 * MB, 1 + PASSES);
      result.growth = Math.round((result.at4MB.ms / Math.max(1, result.at1MB.ms)) * 100) / 100;
      if (measureRss) {
        process.stderr.write(`  extract of ${RSS_FILE_MB} MB of ${input.name}…\n`);
        result.at20MB = extractInChild(input.make(RSS_FILE_MB * MB, 0), tmp);
      }
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
    }
    const misses = [];
    if (result.error) misses.push(`error: ${result.error}`);
    if (result.at1MB && result.at1MB.ms > TARGET_MS_PER_MB) misses.push(`1 MB over ${TARGET_MS_PER_MB} ms`);
    if (result.at4MB && result.growth > MAX_GROWTH_4MB) misses.push(`4 MB over ${MAX_GROWTH_4MB} × 1 MB`);
    if (result.at20MB?.error) misses.push(`20 MB: ${result.at20MB.error}`);
    else if (result.at20MB && result.at20MB.maxRssBytes > TARGET_RSS_BYTES) misses.push(`20 MB over ${TARGET_RSS_BYTES / MB} MB resident`);
    result.misses = misses;
    result.pass = misses.length === 0;
    results.push(result);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---------------------------------------------------------------- table
const mb = (bytes) => String(Math.round(bytes / MB));
const rows = [
  ['input', '1 MB ms', '4 MB ms', '4 MB / 1 MB', 'mentions', 'longest', ...(measureRss ? [`${RSS_FILE_MB} MB extract s`, 'peak RSS MB'] : []), 'target'],
  ...results.map((r) => [
    r.input,
    r.at1MB ? String(r.at1MB.ms) : '-',
    r.at4MB ? String(r.at4MB.ms) : '-',
    r.growth !== undefined ? r.growth.toFixed(2) : '-',
    r.at1MB ? String(r.at1MB.mentions) : '-',
    r.at1MB ? String(r.at1MB.longestMention) : '-',
    ...(measureRss ? [r.at20MB?.ms !== undefined ? (r.at20MB.ms / 1000).toFixed(1) : '-', r.at20MB?.maxRssBytes ? mb(r.at20MB.maxRssBytes) : '-'] : []),
    r.pass ? 'PASS' : `FAIL (${r.misses.join('; ')})`,
  ]),
];
const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
const last = rows[0].length - 1;
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, j) => (j === 0 || j === last ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const failed = results.filter((r) => !r.pass).length;
console.log(`\n${failed === 0 ? 'every input within' : `${failed} of ${results.length} inputs miss`} the targets`);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu,
  quick,
  targets: { msPerMBAt1MB: TARGET_MS_PER_MB, maxGrowth4MB: MAX_GROWTH_4MB, rssFileMB: RSS_FILE_MB, maxRssBytes: TARGET_RSS_BYTES },
  passes: PASSES,
  results,
};
const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'hostile.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${join('bench', 'out', 'hostile.json')}`);
