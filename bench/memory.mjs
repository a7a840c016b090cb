#!/usr/bin/env node
// Where the memory of indexing a large folder goes (issue 18): openCorpus on N generated articles
// (bench/generate-corpus.mjs, the seed bench/scale.mjs uses), cold and then reopened, each in a
// fresh Node process, with process.memoryUsage() sampled every 10 ms and told per phase:
//
//   load          importing @seedlens/query (and with it @seedlens/core) in the main thread
//   find          finding the files (until openCorpus reports its first progress)
//   analyse+index reading, hashing, analysing (worker threads and this one) and indexing as results
//                 come back, the pack's records streamed to its temporary file meanwhile
//   settle+pack   the last entity join, then the pack's directory and strings
//   snapshot      writing the corpus snapshot (from its temporary file's appearance)
//   after         openCorpus resolved, garbage collected: what the corpus keeps
//
// and per thread: the main thread's heap, and each worker's own heap (a worker entry that samples
// itself, bench/memory-worker.mjs, wraps query's). RSS is the whole process's; peak RSS is
// process.resourceUsage().maxRSS. Prints tables and writes bench/out/memory.json.
//
//   node bench/memory.mjs [--articles N] [--workers N]     (default 10,000 articles, workers on all cores)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateCorpus, writeCorpus } from './generate-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const SEED = 7;

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    workers: { type: 'string' },
    phase: { type: 'string' },
    dir: { type: 'string' },
    cache: { type: 'string' },
  },
});
const workers = args.workers === undefined ? availableParallelism() : Number(args.workers);
const MB = 1024 * 1024;

if (args.phase === 'threads') {
  process.stdout.write(`${JSON.stringify(await threads())}\n`);
  process.exit(0);
}
if (args.phase) {
  const result = await child(args.phase, args.dir, args.cache);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------- a phase, in a child process
async function child(kind, dir, cacheDir) {
  const samples = [];
  let phase = 'start';
  const marks = [];
  const mark = (name) => {
    take();
    marks.push({ phase: name, at: performance.now() });
    phase = name;
  };
  const take = () => {
    const m = process.memoryUsage();
    samples.push({ phase, at: performance.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers });
  };
  const timer = setInterval(() => {
    take();
    if (phase === 'settle+pack' && readdirSync(cacheDir).some((f) => f.startsWith('corpus-') && f.endsWith('.tmp'))) mark('snapshot');
  }, 10);
  const workerFiles = join(cacheDir, '..', `worker-memory-${kind}`);
  process.env.SEEDLENS_BENCH_WORKER_MEMORY = workerFiles;
  process.env.SEEDLENS_BENCH_REAL_WORKER = pathToFileURL(join(root, 'packages', 'query', 'dist', 'analyze-worker.js')).href;

  mark('load');
  const { openCorpus } = await import(pathToFileURL(join(root, 'packages', 'query', 'dist', 'index.js')).href);
  mark('find');
  let total = -1;
  const opened = await openCorpus([dir], {
    cacheDir,
    workers,
    workerScript: join(here, 'memory-worker.mjs'),
    onProgress: (done, all) => {
      if (total < 0) mark('analyse+index');
      total = all;
      if (done === all) mark('settle+pack');
    },
  });
  mark('after');
  clearInterval(timer);
  collectGarbage();
  take();
  const after = samples.at(-1);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const phases = [];
  for (const [i, { phase: name, at }] of marks.entries()) {
    const end = marks[i + 1]?.at ?? Infinity;
    const these = samples.filter((s) => s.at >= at && s.at <= end);
    if (these.length === 0) continue;
    const max = (k) => Math.max(...these.map((s) => s[k])) / MB;
    phases.push({ phase: name, seconds: ((Number.isFinite(end) ? end : performance.now()) - at) / 1000, rss: max('rss'), heapUsed: max('heapUsed'), heapTotal: max('heapTotal'), external: max('external'), arrayBuffers: max('arrayBuffers') });
  }
  const workerPeaks = [];
  for (const f of readdirSync(dirname(workerFiles))) {
    if (f.startsWith(`worker-memory-${kind}.`)) workerPeaks.push(JSON.parse(readFileSync(join(dirname(workerFiles), f), 'utf8')));
  }
  return {
    kind,
    maxRssMB,
    articles: opened.corpus.size,
    analysed: opened.analysed,
    fromCache: opened.fromCache,
    threads: opened.workers,
    phases,
    retained: { rss: after.rss / MB, heapUsed: after.heapUsed / MB, external: after.external / MB, arrayBuffers: after.arrayBuffers / MB },
    workerPeaks: workerPeaks.map((w) => ({
      heapUsed: w.heapUsed / MB,
      heapTotal: w.heapTotal / MB,
      external: w.external / MB,
      afterLoadHeapUsed: (w.afterLoad?.heapUsed ?? 0) / MB,
    })),
  };
}

/**
 * What each thread that analyses costs: this process's RSS with core loaded and one seed analysed
 * in this thread, then with 1, 2, 3 worker threads more doing the same (each its own copy of core's
 * code, the name model's weights shared as the pool shares them).
 */
async function threads() {
  const { Worker } = await import('node:worker_threads');
  const core = join(root, 'packages', 'core', 'dist', 'index.cjs');
  const seed = readFileSync(join(root, 'seeds', readdirSync(join(root, 'seeds')).sort()[3]), 'utf8');
  const rss = () => process.memoryUsage().rss / MB;
  const steps = [{ step: 'node alone', rss: rss(), heapUsed: process.memoryUsage().heapUsed / MB }];
  const { createRequire } = await import('node:module');
  const { analyze, sharedData } = createRequire(import.meta.url)(core);
  steps.push({ step: 'core loaded', rss: rss(), heapUsed: process.memoryUsage().heapUsed / MB });
  analyze(seed);
  collectGarbage();
  steps.push({ step: 'one seed analysed', rss: rss(), heapUsed: process.memoryUsage().heapUsed / MB });
  const workers = [];
  for (let i = 1; i <= 3; i++) {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const core = require(workerData.core);
       core.useSharedData(workerData.shared);
       core.analyze(workerData.seed);
       parentPort.postMessage(process.memoryUsage().heapUsed);`,
      // As the pool starts its workers (packages/query/src/analysis/analysis-pool.ts): its limits, core's data shared.
      { eval: true, workerData: { core, seed, shared: sharedData() }, resourceLimits: { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1024 } },
    );
    const heapUsed = await new Promise((done) => worker.once('message', done));
    workers.push(worker);
    steps.push({ step: `+ worker ${i} (core, one seed)`, rss: rss(), heapUsed: heapUsed / MB });
  }
  for (const w of workers) await w.terminate();
  return steps;
}

/** A full collection, without --expose-gc (which worker threads refuse, and the pool passes its flags on). */
function collectGarbage() {
  v8.setFlagsFromString('--expose-gc');
  runInNewContext('gc')();
}

// ---------------------------------------------------------------- main process
const N = Number(args.articles);
const work = mkdtempSync(join(tmpdir(), 'seedlens-memory-'));
const articlesDir = join(work, 'articles');
const cacheDir = join(work, 'cache');
mkdirSync(cacheDir);
const run = (kind) =>
  JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', kind, '--dir', articlesDir, '--cache', cacheDir, '--workers', String(workers)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .pop(),
  );

let report;
try {
  writeCorpus(articlesDir, generateCorpus({ articles: N, seed: SEED }));
  console.log(`seedlens memory — node ${process.version}, ${N} articles, workers: ${workers} (${availableParallelism()} cores)`);
  const perThread = run('threads');
  console.log('\nper thread (RSS of one process; heap: that thread\'s own, used):');
  for (const [i, t] of perThread.entries()) {
    const delta = i === 0 ? '' : ` (+${(t.rss - perThread[i - 1].rss).toFixed(0)})`;
    console.log(`${t.step.padEnd(28)}${t.rss.toFixed(0).padStart(6)} MB${delta.padEnd(8)} heap ${t.heapUsed.toFixed(0)} MB`);
  }
  const cold = run('cold');
  const reopen = run('reopen');
  report = { date: new Date().toISOString(), node: process.version, articles: N, workers, perThread, cold, reopen };
  for (const r of [cold, reopen]) {
    console.log(`\n${r.kind}: peak RSS ${r.maxRssMB.toFixed(0)} MB; ${r.articles} articles, ${r.analysed} analysed, ${r.fromCache} from cache, ${r.threads} threads analysing`);
    const f = (x) => x.toFixed(0).padStart(8);
    console.log(`${'phase'.padEnd(16)}${'seconds'.padStart(8)}${'max RSS'.padStart(8)}${'heap'.padStart(8)}${'heapTot'.padStart(8)}${'extern'.padStart(8)}   (MB; heap = main thread)`);
    for (const p of r.phases) console.log(`${p.phase.padEnd(16)}${p.seconds.toFixed(2).padStart(8)}${f(p.rss)}${f(p.heapUsed)}${f(p.heapTotal)}${f(p.external)}`);
    console.log(`after, collected: RSS ${r.retained.rss.toFixed(0)} MB, heap ${r.retained.heapUsed.toFixed(0)} MB, external ${r.retained.external.toFixed(0)} MB`);
    for (const [i, w] of r.workerPeaks.entries()) {
      console.log(`worker ${i + 1}: heap after loading ${w.afterLoadHeapUsed.toFixed(0)} MB, peak heap used ${w.heapUsed.toFixed(0)} MB of ${w.heapTotal.toFixed(0)} MB, peak external ${w.external.toFixed(0)} MB`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'memory.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${join('bench', 'out', 'memory.json')}`);
