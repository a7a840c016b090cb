#!/usr/bin/env node
// Throughput of seedlens' analyzer against two named peers, measured in the same run:
//   seedlens    analyze(text) from packages/core/dist (build first: `npm run bench` does)
//   compromise  nlp(text).people() / .places() / .organizations() as json (default build)
//   chrono-node chrono.parse(text) alone (the date parser seedlens builds on)
// on three inputs: the seed articles repeated to ~1 MB; real news text, the CoNLL-2003 development
// texts (../shared/gold/conll2003-dev/*.txt from the repo root, ~270 KB, which repeat far fewer
// names than the seeds) repeated to ~1 MB, skipped with a note on stderr if that folder is
// missing; and a generated corpus of ~5 MB (bench/generate-corpus.mjs, fixed seed). Each tool
// is warmed up, then timed over several passes; the median pass gives MB/s (10^6 bytes of UTF-8
// input per second). The tools take turns, one pass each per round, so that a change in the
// machine's load meanwhile touches them all alike.
// compromise runs at ~0.1 MB/s, so it is timed on the first ~300 KB of each input.
// Prints a table and writes bench/out/throughput.json. A missed target is reported, never
// an exit code: benchmarks are not tests.
//
//   node bench/throughput.mjs [--quick]     (--quick: smaller inputs, fewer passes)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.mjs';
import { loadBuilt } from './load-built.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const quick = process.argv.includes('--quick');

const SEEDS_TARGET = quick ? 250_000 : 1_000_000;
const CONLL_TARGET = quick ? 250_000 : 1_000_000;
const GENERATED_TARGET = quick ? 1_000_000 : 5_000_000;
const COMPROMISE_SAMPLE = quick ? 100_000 : 300_000;
const TARGET_VS_COMPROMISE = 50;
const MIN_PASSES = 3;
const MAX_PASSES = quick ? 3 : 7;
const BUDGET_MS = quick ? 5_000 : 15_000; // per tool and input, after the minimum passes
// A pass over an input this fast is timed over several runs of it: a pass of 0.15 s swings with
// every pause of the machine, a pass of 1 s much less (same quantity, measured over a longer time).
const MIN_PASS_MS = quick ? 300 : 1_000;

const bytesOf = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const mb = (bytes) => bytes / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** `texts` cycled through, in order, until they hold at least `bytes` bytes. */
function repeatTo(texts, bytes) {
  const out = [];
  let size = 0;
  while (size < bytes) {
    const d = texts[out.length % texts.length];
    out.push(d);
    size += Buffer.byteLength(d);
  }
  return out;
}

/** The `.txt` files of `dir`, sorted by name. */
const readTexts = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));

/** The first documents of `docs` holding about `bytes` bytes (at least one). */
function sample(docs, bytes) {
  const out = [];
  let size = 0;
  for (const d of docs) {
    if (size >= bytes && out.length > 0) break;
    out.push(d);
    size += Buffer.byteLength(d);
  }
  return out;
}

/**
 * Times the tools on one input in rounds, one pass of each tool per round (in alternating order),
 * after warming each up on a slice: the tools share whatever the machine is doing meanwhile, so
 * their ratios do not swing with it as when each tool is timed alone in turn. Returns, per tool,
 * the median pass as MB/s.
 */
function measureTogether(tools) {
  const states = tools.map(({ run, docs }) => {
    const bytes = bytesOf(docs);
    let repeats = 1;
    try {
      for (const d of sample(docs, Math.min(bytes, 200_000))) run(d);
      const t0 = performance.now();
      for (const d of docs) run(d);
      repeats = Math.max(1, Math.ceil(MIN_PASS_MS / (performance.now() - t0)));
    } catch {
      // Reported by the first timed pass.
    }
    return { run, docs, bytes, repeats, rates: [], found: 0, error: undefined };
  });
  const start = performance.now();
  for (let round = 0; round < MAX_PASSES; round++) {
    const order = round % 2 === 0 ? states : [...states].reverse();
    for (const state of order) {
      if (state.error) continue;
      try {
        let found = 0;
        const t0 = performance.now();
        for (let r = 0; r < state.repeats; r++) {
          found = 0;
          for (const d of state.docs) found += state.run(d);
        }
        state.rates.push((mb(state.bytes) * state.repeats) / ((performance.now() - t0) / 1000));
        state.found = found;
      } catch (error) {
        state.error = error instanceof Error ? error.message : String(error);
      }
    }
    if (round + 1 >= MIN_PASSES && performance.now() - start > BUDGET_MS * tools.length) break;
  }
  return states.map((st) =>
    st.error ? { error: st.error } : { mbps: median(st.rates), passes: st.rates.length, runsPerPass: st.repeats, bytes: st.bytes, docs: st.docs.length, found: st.found },
  );
}

// ---------------------------------------------------------------- tools
const core = await loadBuilt('core');
const { default: nlp } = await import('compromise');
const chrono = await import('chrono-node');

const TOOLS = [
  {
    name: 'seedlens',
    what: 'analyze(text) — actors, places, dates, linking',
    run: (text) => core.analyze(text).mentions.length,
  },
  {
    name: 'compromise',
    what: 'nlp(text).people()/.places()/.organizations().json()',
    sampleBytes: COMPROMISE_SAMPLE,
    run: (text) => {
      const doc = nlp(text);
      return doc.people().json().length + doc.places().json().length + doc.organizations().json().length;
    },
  },
  {
    name: 'chrono-node',
    what: 'chrono.parse(text) — dates only',
    run: (text) => chrono.parse(text).length,
  },
];

// ---------------------------------------------------------------- inputs
const seedTexts = readTexts(join(root, 'seeds'));
const seedDocs = repeatTo(seedTexts, SEEDS_TARGET);
const generatedDocs = generateCorpus({ bytes: GENERATED_TARGET, seed: 42 });

// Real news text: the CoNLL-2003 development texts, kept outside the repo; optional.
const conllDir = join(root, '..', 'shared', 'gold', 'conll2003-dev');
let conllTexts = [];
try {
  conllTexts = readTexts(conllDir).filter((t) => t.length > 0);
  if (conllTexts.length === 0) process.stderr.write(`note: no .txt files in ${conllDir}; skipping the conll-dev input\n`);
} catch (error) {
  process.stderr.write(`note: cannot read ${conllDir} (${error.code ?? error.message}); skipping the conll-dev input\n`);
}
const conllDocs = conllTexts.length > 0 ? repeatTo(conllTexts, CONLL_TARGET) : [];

const INPUTS = [
  { name: 'seeds', label: `seeds ×${Math.round(seedDocs.length / seedTexts.length)}`, docs: seedDocs },
  ...(conllDocs.length > 0
    ? [{ name: 'conll-dev', label: `conll dev ×${Math.round(conllDocs.length / conllTexts.length)}`, docs: conllDocs }]
    : []),
  { name: 'generated', label: 'generated', docs: generatedDocs },
];

// ---------------------------------------------------------------- run
const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
console.log(`seedlens throughput — node ${process.version}, ${cpu}${quick ? ' (quick)' : ''}`);
console.log(
  `compromise is timed on the first ~${Math.round(COMPROMISE_SAMPLE / 1000)} KB of each input (it is slow); ` +
    `the others on the whole input. MB/s = 10^6 input bytes per second, median of ${MIN_PASSES === MAX_PASSES ? MIN_PASSES : `${MIN_PASSES}–${MAX_PASSES}`} warm passes, ` +
    `the tools taking turns pass by pass; a pass runs a fast tool over its input as many times as fill ${MIN_PASS_MS / 1000} s.\n`,
);

const results = [];
for (const input of INPUTS) {
  const timed = TOOLS.map((tool) => ({ ...tool, docs: tool.sampleBytes ? sample(input.docs, tool.sampleBytes) : input.docs }));
  process.stderr.write(`  timing ${timed.map((t) => `${t.name} (${mb(bytesOf(t.docs)).toFixed(2)} MB)`).join(', ')} on ${input.name}, in rounds…\n`);
  const measured = measureTogether(timed);
  timed.forEach((tool, i) => {
    results.push({ input: input.name, inputLabel: input.label, inputBytes: bytesOf(input.docs), tool: tool.name, what: tool.what, ...measured[i] });
  });
}

// ---------------------------------------------------------------- report
const rows = [['input', 'tool', 'timed on', 'passes', 'MB/s', 'found']];
for (const [i, r] of results.entries()) {
  const sameInput = i > 0 && results[i - 1].input === r.input;
  rows.push([
    sameInput ? '' : `${r.inputLabel} (${mb(r.inputBytes).toFixed(2)} MB)`,
    r.tool,
    r.error ? '—' : `${mb(r.bytes).toFixed(2)} MB`,
    r.error ? '—' : String(r.passes),
    r.error ? `error: ${r.error}` : r.mbps >= 10 ? r.mbps.toFixed(1) : r.mbps.toFixed(3),
    r.error ? '' : String(r.found),
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const right = new Set([2, 3, 4, 5]);
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, j) => (right.has(j) ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

const ratios = [];
console.log('');
for (const input of INPUTS) {
  const get = (tool) => results.find((r) => r.input === input.name && r.tool === tool && !r.error);
  const s = get('seedlens');
  const c = get('compromise');
  const k = get('chrono-node');
  const vsCompromise = s && c ? s.mbps / c.mbps : null;
  const vsChrono = s && k ? s.mbps / k.mbps : null;
  const pass = vsCompromise !== null && vsCompromise >= TARGET_VS_COMPROMISE;
  ratios.push({ input: input.name, seedlensVsCompromise: vsCompromise, seedlensVsChrono: vsChrono, target: TARGET_VS_COMPROMISE, pass });
  const fmt = (x) => (x === null ? 'n/a' : `${x.toFixed(x >= 10 ? 0 : 2)}×`);
  console.log(
    `${input.label.padEnd(12)} seedlens/compromise ${fmt(vsCompromise).padStart(7)}   ` +
      `seedlens/chrono ${fmt(vsChrono).padStart(6)}   target ≥ ${TARGET_VS_COMPROMISE}× compromise: ${pass ? 'PASS' : 'FAIL'}`,
  );
}

if (results.some((r) => r.tool === 'seedlens' && !r.error && r.found === 0)) {
  console.log('\nnote: seedlens found no mentions: the analyzer is not doing its work yet, so these ratios mean little.');
}

const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu,
  quick,
  compromiseSampleBytes: COMPROMISE_SAMPLE,
  results,
  ratios,
};
writeFileSync(join(outDir, 'throughput.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${join('bench', 'out', 'throughput.json')}`);
