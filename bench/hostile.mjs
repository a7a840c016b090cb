#!/usr/bin/env node
// Time of seedlens' analyzer on degenerate inputs: a megabyte (10^6 characters) each of
// capitals, capitalized words, dots, digits, "Gen. Gen. Gen.", one unbroken line of prose, month
// names, lines of ever new people's names, and one line of dense news. The target is under a second per input: anything slower than linear shows up
// here as seconds or minutes. packages/core/test/hostile-input.test.ts checks the same inputs
// for behaviour (valid offsets, no runaway spans) with a bound generous enough for loaded CI.
// Each input is analysed once on a 50 KB slice to warm up, then timed over PASSES whole passes;
// the median counts. Prints a table and writes bench/out/hostile.json. A missed target is
// reported, never an exit code: benchmarks are not tests.
//
//   node bench/hostile.mjs [--quick]     (--quick: one timed pass per input)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadBuilt } from './load-built.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');

const MB = 1_000_000;
const TARGET_MS = 1_000;
const PASSES = quick ? 1 : 3;
const WARM_UP_CHARS = 50_000;

/** `unit` repeated to exactly `MB` characters. */
const fill = (unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const INPUTS = [
  { name: 'capitals', text: fill('A') },
  { name: 'capitalized words', text: fill('Abc ') },
  { name: 'dots', text: fill('.') },
  { name: 'digits', text: fill('1') },
  { name: 'Gen. Gen. Gen.', text: fill('Gen. ') },
  { name: 'one unbroken line', text: fill('the talks of General Gerasimov in Baku on Feb. 16, 2017, and ') },
  { name: 'month names', text: fill('May ') },
  { name: 'distinct names', text: distinctNames() },
  { name: 'dense news line', text: fill('Valery Gerasimov met Joe Dunford in Baku on Thursday, Feb. 16, 2017 and ') },
];

/**
 * Lines of people, places and dates whose every name is new: "General Xqzvbna Ktrewsa met President
 * …". Each name is compared with the ones before it when entities are linked, and each word is new
 * to every word list. Seeded (mulberry32), so every run reads the same text.
 */
function distinctNames() {
  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const name = () => letters[Math.floor(random() * 26)].toUpperCase() + Array.from({ length: 6 }, () => letters[Math.floor(random() * 26)]).join('');
  const lines = [];
  let size = 0;
  while (size < MB) {
    const line = `General ${name()} ${name()} met President ${name()} ${name()} in ${name()} on 3 March 2017.\n`;
    lines.push(line);
    size += line.length;
  }
  return lines.join('').slice(0, MB);
}

const core = await loadBuilt('core');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
console.log(`seedlens hostile inputs — node ${process.version}, ${cpu}${quick ? ' (quick)' : ''}`);
console.log(`analyze() on 10^6 characters of each input; median of ${PASSES} warm ${PASSES === 1 ? 'pass' : 'passes'}; target < ${TARGET_MS} ms.\n`);

const results = [];
for (const input of INPUTS) {
  process.stderr.write(`  timing ${input.name}…\n`);
  let result;
  try {
    core.analyze(input.text.slice(0, WARM_UP_CHARS));
    const times = [];
    let analysis;
    for (let i = 0; i < PASSES; i++) {
      const started = performance.now();
      analysis = core.analyze(input.text);
      times.push(performance.now() - started);
    }
    const ms = median(times);
    result = {
      ms: Math.round(ms),
      maxMs: Math.round(Math.max(...times)),
      mentions: analysis.mentions.length,
      longestMention: analysis.mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0),
      pass: ms < TARGET_MS,
    };
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error), pass: false };
  }
  results.push({ input: input.name, chars: input.text.length, ...result });
}

// ---------------------------------------------------------------- table
const rows = [
  ['input', 'ms (median)', 'ms (max)', 'mentions', 'longest', 'target'],
  ...results.map((r) =>
    r.error
      ? [r.input, 'error', '', '', '', `FAIL (${r.error})`]
      : [r.input, String(r.ms), String(r.maxMs), String(r.mentions), String(r.longestMention), r.pass ? 'PASS' : 'FAIL'],
  ),
];
const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
const right = new Set([1, 2, 3, 4]);
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, j) => (right.has(j) ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const failed = results.filter((r) => !r.pass).length;
console.log(`\n${failed === 0 ? 'all inputs within' : `${failed} of ${results.length} inputs over`} the ${TARGET_MS} ms target`);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu,
  quick,
  targetMs: TARGET_MS,
  passes: PASSES,
  results,
};
const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'hostile.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${join('bench', 'out', 'hostile.json')}`);
