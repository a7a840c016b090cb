#!/usr/bin/env node
// Scale of @seedlens/query on 10,000 generated articles (bench/generate-corpus.mjs, fixed seed),
// measured with the built packages/query/dist:
//   cold       openCorpus on the folder with an empty cache, worker threads on all cores
//   reopen     openCorpus again in a fresh process, from the corpus snapshot the first call saved
//   related    corpus.related(uri) latency over random articles (p50/p99)
//   search     corpus.search(query) latency over a mix of queries (fields, dates, phrases, words, negation)
//   RSS        peak resident set size of each phase's process (process.resourceUsage().maxRSS);
//              where it goes, per phase and per thread: bench/memory.mjs
// and, to tell where the time goes, the cold openCorpus into a corpus whose upsert does nothing
// (finding, reading, hashing and analysing only), a reopening without the snapshot (every article
// indexed again from the analysis cache), and Corpus.upsert alone over the 10,000 reopened analyses.
// Each phase runs in its own Node process, so one phase's memory and warm code do not help the next.
// Each such process first calls query's boundHeapGrowth(), as seedlens's command, language server
// and VS Code extension do at startup (V8's heap grows by a factor of 1.3 between full collections
// instead of up to 4): the figures are what those users get. `--heap node` measures the library in
// a process that does not (Node's defaults, what an embedder gets who does not call it).
// The articles and the cache live in a temporary folder, removed afterwards. Prints a table and writes
// bench/out/scale.json. A missed target is reported, never an exit code: benchmarks are not tests.
//
//   node bench/scale.mjs [--quick] [--heap bins|node]     (--quick: 1,000 articles, a smoke run; the targets are for 10,000)
//   node bench/scale.mjs --cold N [--gc] [--heap bins|node]
//     only the cold phase, N times one after another (each a fresh process and an empty cache) on
//     the same articles: each run's peak RSS and time, then their range and median. With --gc, each
//     run under `node --trace-gc-verbose`, and the growth factors V8 chose for the main thread's old
//     generation after each full collection (what decides whether a cold peak goes high: issue 18).
//     Writes bench/out/scale-cold.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom, generateCorpus, writeCorpus } from './generate-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const queryPath = join(root, 'packages', 'query', 'dist', 'index.js');

const TARGETS = {
  coldSeconds: 15,
  reopenSeconds: 1.5,
  relatedP99Ms: 20,
  searchP99Ms: 50,
  rssMB: 300,
  reopenRssMB: 200,
};
const RELATED_SAMPLES = 500;
const SEARCH_SAMPLES = 600;
const WARMUP_CALLS = 20;
const SEED = 7;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    cold: { type: 'string' },
    gc: { type: 'boolean', default: false },
    heap: { type: 'string', default: 'bins' },
    phase: { type: 'string' },
    dir: { type: 'string' },
    cache: { type: 'string' },
  },
});

if (args.heap !== 'bins' && args.heap !== 'node') {
  console.error(`bench: --heap is bins or node, not ${args.heap}`);
  process.exit(2);
}

if (args.phase) {
  // A child process: one phase, one JSON line on stdout.
  if (args.heap === 'bins') (await loadQuery()).boundHeapGrowth();
  const phases = { cold: coldPhase, reopen: reopenPhase, 'reopen-from-pack': coldPhase, 'cold-no-index': noIndexPhase };
  const result = await phases[args.phase](args.dir, args.cache);
  process.stdout.write(`${JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, ...result })}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------- phases (child processes)
async function loadQuery() {
  try {
    return await import(pathToFileURL(queryPath).href);
  } catch (error) {
    console.error(`bench: cannot load ${queryPath} (${error.message}); build packages/query first (npx tsup)`);
    process.exit(1);
  }
}

function summary(opened, seconds) {
  const { corpus } = opened;
  return {
    seconds,
    articles: corpus.size,
    analysed: opened.analysed,
    fromCache: opened.fromCache,
    failures: opened.failures.length,
    firstFailures: opened.failures.slice(0, 3),
    workers: opened.workers,
    entities: corpus.entities().length,
    // From the entities' counts: asking every article for its mentions would rebuild 10,000
    // analyses, and the bench would measure its own diagnostics in the peak RSS.
    mentions: corpus.entities().reduce((n, e) => n + e.mentionCount, 0),
  };
}

async function coldPhase(dir, cacheDir) {
  const { openCorpus } = await loadQuery();
  const t0 = performance.now();
  const opened = await openCorpus([dir], { cacheDir, workers: availableParallelism() });
  return summary(opened, (performance.now() - t0) / 1000);
}

/** openCorpus into a corpus that indexes nothing: the pipeline's own cost. */
async function noIndexPhase(dir, cacheDir) {
  const { openCorpus } = await loadQuery();
  let upserts = 0;
  const corpus = { upsert: () => void upserts++ };
  const t0 = performance.now();
  const opened = await openCorpus([dir], { cacheDir, workers: availableParallelism(), corpus });
  return { seconds: (performance.now() - t0) / 1000, upserts, analysed: opened.analysed, fromCache: opened.fromCache, workers: opened.workers };
}

async function reopenPhase(dir, cacheDir) {
  const { openCorpus } = await loadQuery();
  const t0 = performance.now();
  const opened = await openCorpus([dir], { cacheDir, workers: availableParallelism() });
  const result = summary(opened, (performance.now() - t0) / 1000);
  const { corpus } = opened;
  const rnd = createRandom(SEED);

  const uris = corpus.uris();
  const relatedUris = Array.from({ length: RELATED_SAMPLES + WARMUP_CALLS }, () => rnd.pick(uris));
  const related = time(relatedUris, (uri) => corpus.related(uri).length);

  const queries = searchQueries(corpus, rnd, SEARCH_SAMPLES + WARMUP_CALLS);
  const search = time(
    queries.map((q) => q.query),
    (query) => corpus.search(query).length,
  );
  const kinds = {};
  for (const [i, q] of queries.entries()) {
    if (i < WARMUP_CALLS) continue;
    const k = (kinds[q.kind] ??= { count: 0, ms: [], errors: 0, hits: 0 });
    k.count++;
    k.ms.push(search.each[i]);
    if (search.errors[i]) k.errors++;
    else k.hits += search.found[i];
  }
  const searchByKind = Object.fromEntries(
    Object.entries(kinds).map(([kind, k]) => [kind, { count: k.count, p50Ms: percentile(k.ms, 0.5), p99Ms: percentile(k.ms, 0.99), errors: k.errors, meanHits: k.hits / k.count }]),
  );
  const errorExamples = queries
    .map((q, i) => ({ query: q.query, error: search.errors[i] }))
    .filter((e) => e.error)
    .slice(0, 5);
  // Peak memory of opening and querying, before the diagnostic below builds a second corpus.
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const { Corpus } = await loadQuery();
  const again = new Corpus();
  const t1 = performance.now();
  for (const uri of corpus.uris()) again.upsert(uri, corpus.get(uri).analysis);
  const upsertOnlySeconds = (performance.now() - t1) / 1000;
  return { ...result, upsertOnlySeconds, related: related.stats, search: { ...search.stats, byKind: searchByKind, errorExamples }, maxRssMB };
}

/** Times fn on each input; the first WARMUP_CALLS are reported apart (first call) and left out of the percentiles. */
function time(inputs, fn) {
  const each = [];
  const found = [];
  const errors = [];
  for (const input of inputs) {
    const t0 = performance.now();
    let n = 0;
    let error = null;
    try {
      n = fn(input);
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    each.push(performance.now() - t0);
    found.push(n);
    errors.push(error);
  }
  const measured = each.slice(WARMUP_CALLS);
  return {
    each,
    found,
    errors,
    stats: {
      calls: measured.length,
      firstCallMs: each[0],
      p50Ms: percentile(measured, 0.5),
      p99Ms: percentile(measured, 0.99),
      maxMs: Math.max(...measured),
      meanResults: found.slice(WARMUP_CALLS).reduce((a, b) => a + b, 0) / measured.length,
      errors: errors.slice(WARMUP_CALLS).filter(Boolean).length,
    },
  };
}

function percentile(xs, p) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

/** A mix of queries over names that exist in the corpus, in the query language of the contract. */
function searchQueries(corpus, rnd, n) {
  const lastWord = (name) => name.split(/\s+/).pop().toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '');
  const firstWord = (name) => name.split(/\s+/)[0].toLowerCase();
  const pick = (list) => (list.length > 0 ? rnd.pick(list) : undefined);
  const people = corpus.entities({ type: 'actor', kind: 'person' }).slice(0, 2000);
  const orgs = corpus.entities({ type: 'actor', kind: 'organization' }).slice(0, 500);
  const places = corpus.entities({ type: 'place' }).slice(0, 500);
  const quote = (s) => (/\s/.test(s) ? `"${s}"` : s);
  const year = () => rnd.int(1985, 2025);
  const month = () => String(rnd.int(1, 12)).padStart(2, '0');
  const PHRASES = ['hot line', 'military channels', 'chief of the general staff', 'without agreement', 'talks', 'deconfliction'];
  const WORDS = ['meeting', 'agreement', 'military', 'minister', 'talks', 'security', 'ceasefire', 'sanctions', 'summit', 'forces'];
  const templates = [
    ['actor', () => `actor:${lastWord(pick(people)?.name ?? 'okafor')}`],
    ['actor (full name)', () => `actor:${quote(pick(people)?.name ?? 'Amina Okafor')}`],
    ['organization', () => `actor:${quote(pick(orgs)?.name ?? 'Pentagon')}`],
    ['place', () => `place:${quote((pick(places)?.name ?? 'Baku').toLowerCase())}`],
    ['date range', () => `after:${year()}-${month()} before:${year() + rnd.int(0, 5)}`],
    ['phrase', () => `"${rnd.pick(PHRASES)}"`],
    ['bare words', () => `${rnd.pick(WORDS)} ${rnd.pick(WORDS)}`],
    ['negation', () => `place:${quote((pick(places)?.name ?? 'Baku').toLowerCase())} -place:${quote((pick(places)?.name ?? 'Syria').toLowerCase())}`],
    [
      'combined',
      () =>
        `actor:${lastWord(pick(people)?.name ?? 'okafor')} place:${quote((pick(places)?.name ?? 'Baku').toLowerCase())} after:${year()} -${rnd.pick(WORDS)}`,
    ],
    ['prefix word', () => firstWord(pick(people)?.name ?? 'amina').slice(0, 4)],
  ];
  return Array.from({ length: n }, () => {
    const [kind, make] = rnd.pick(templates);
    return { kind, query: make() };
  });
}

// ---------------------------------------------------------------- main process
const quick = args.quick;
const N = quick ? 1_000 : 10_000;
const work = mkdtempSync(join(tmpdir(), 'seedlens-scale-'));
const articlesDir = join(work, 'articles');
const cacheDir = join(work, 'cache');

function phase(name, nodeFlags = []) {
  const out = execFileSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), '--phase', name, '--dir', articlesDir, '--cache', cacheDir, '--heap', args.heap], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = out.trim().split('\n');
  return { ...JSON.parse(lines.pop()), ...(nodeFlags.length > 0 && { factors: mainThreadFactors(lines) }) };
}

/**
 * From `--trace-gc-verbose` output, the growth factors V8 applied to the main thread's (the first
 * isolate to report) old generation, each with the size it kept: "4.0@19" is a limit of 4 × 19 MB
 * (plus the young generation) set after a full collection that kept 19 MB.
 */
function mainThreadFactors(lines) {
  const main = /^\[\d+:(0x[0-9a-f]+)\]/.exec(lines.find((l) => /^\[\d+:0x/.test(l)) ?? '')?.[1];
  const factors = [];
  for (const line of lines) {
    const limit = main && line.includes(main) && /\[HeapController\] Limit: old size: (\d+) KB, new limit: \d+ KB \(([\d.]+)\)/.exec(line);
    if (limit) factors.push(`${limit[2]}@${Math.round(Number(limit[1]) / 1024)}`);
  }
  return factors;
}

/** `--cold N`: the cold phase alone, N times. */
function coldRuns(n) {
  const runs = [];
  for (let i = 0; i < n; i++) {
    rmSync(cacheDir, { recursive: true, force: true });
    const run = phase('cold', args.gc ? ['--trace-gc-verbose'] : []);
    runs.push(run);
    const factors = run.factors ? `  factors ${run.factors.join(' ')}` : '';
    console.log(`  run ${i + 1}: peak RSS ${run.maxRssMB.toFixed(0)} MB, ${run.seconds.toFixed(2)} s, load ${loadavg()[0].toFixed(2)}${factors}`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const rss = runs.map((r) => r.maxRssMB);
  const seconds = runs.map((r) => r.seconds);
  console.log(
    `cold, ${n} runs: peak RSS ${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)} MB (median ${median(rss).toFixed(0)}; target ≤ ${TARGETS.rssMB}), ` +
      `${Math.min(...seconds).toFixed(2)}–${Math.max(...seconds).toFixed(2)} s (median ${median(seconds).toFixed(2)})`,
  );
  return { date: new Date().toISOString(), node: process.version, articles: N, heap: args.heap, runs: runs.map(({ maxRssMB, seconds: s, factors }) => ({ maxRssMB, seconds: s, factors })) };
}

let report;
const loadBefore = loadavg();
try {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  console.log(`seedlens scale — node ${process.version}, ${cpu}, ${availableParallelism()} cores${quick ? ' (quick)' : ''}`);
  console.log(
    args.heap === 'bins'
      ? '  each phase bounds its heap growth as seedlens\'s command and server do (boundHeapGrowth: a factor of 1.3)'
      : '  each phase with Node\'s defaults (no boundHeapGrowth: V8 grows the heap by a factor of up to 4)',
  );
  // Other work on the machine slows every figure: say how busy it was.
  console.log(`  load average before: ${loadBefore.map((x) => x.toFixed(2)).join(' ')}`);
  let t0 = performance.now();
  const articles = generateCorpus({ articles: N, seed: SEED });
  const bytes = writeCorpus(articlesDir, articles);
  console.log(`  wrote ${N} articles (${(bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (args.cold) {
    const cold = coldRuns(Math.max(1, Number(args.cold)));
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(here, 'out'), { recursive: true });
    writeFileSync(join(here, 'out', 'scale-cold.json'), `${JSON.stringify(cold, null, 2)}\n`);
    console.log(`\nwrote ${join('bench', 'out', 'scale-cold.json')}`);
    process.exit(0);
  }

  process.stderr.write('  cold, without indexing…\n');
  const coldNoIndex = phase('cold-no-index');
  rmSync(cacheDir, { recursive: true, force: true });
  process.stderr.write('  cold indexing…\n');
  const cold = phase('cold');
  process.stderr.write('  reopening from the cache, then related and search…\n');
  const reopen = phase('reopen');
  process.stderr.write('  reopening without the snapshot…\n');
  for (const name of readdirSync(cacheDir)) if (name.endsWith('.snapshot')) rmSync(join(cacheDir, name));
  const fromPack = phase('reopen-from-pack');

  const rows = [
    ['cold indexing (workers on all cores)', `${cold.seconds.toFixed(2)} s`, `≤ ${TARGETS.coldSeconds} s`, cold.seconds <= TARGETS.coldSeconds],
    ['reopen from cache (fresh process)', `${reopen.seconds.toFixed(2)} s`, `≤ ${TARGETS.reopenSeconds} s`, reopen.seconds <= TARGETS.reopenSeconds && reopen.fromCache === reopen.articles],
    ['related p50', ms(reopen.related.p50Ms), '', null],
    ['related p99', ms(reopen.related.p99Ms), `≤ ${TARGETS.relatedP99Ms} ms`, reopen.related.p99Ms <= TARGETS.relatedP99Ms],
    ['search p50', ms(reopen.search.p50Ms), '', null],
    ['search p99', ms(reopen.search.p99Ms), `≤ ${TARGETS.searchP99Ms} ms`, reopen.search.p99Ms <= TARGETS.searchP99Ms],
    ['peak RSS, cold process', `${cold.maxRssMB.toFixed(0)} MB`, `≤ ${TARGETS.rssMB} MB`, cold.maxRssMB <= TARGETS.rssMB],
    ['peak RSS, reopen + queries process', `${reopen.maxRssMB.toFixed(0)} MB`, `≤ ${TARGETS.reopenRssMB} MB`, reopen.maxRssMB <= TARGETS.reopenRssMB],
  ];
  console.log('');
  table([['measure', 'value', 'target', ''], ...rows.map(([a, b, c, pass]) => [a, b, c, pass === null ? '' : pass ? 'PASS' : 'FAIL'])], new Set([1]));

  console.log('\nwhere the time goes (informational):');
  table(
    [
      ['', 'openCorpus', 'into a no-op corpus', 'difference'],
      ['cold', `${cold.seconds.toFixed(2)} s`, `${coldNoIndex.seconds.toFixed(2)} s`, `${(cold.seconds - coldNoIndex.seconds).toFixed(2)} s`],
    ],
    new Set([1, 2, 3]),
  );
  console.log(
    `reopen without the snapshot (every article indexed again from the analysis cache): ${fromPack.seconds.toFixed(2)} s, ` +
      `peak RSS ${fromPack.maxRssMB.toFixed(0)} MB, ${fromPack.fromCache} from cache, ${fromPack.analysed} analysed`,
  );
  console.log(`Corpus.upsert alone, the ${reopen.articles} reopened analyses into a new Corpus: ${reopen.upsertOnlySeconds.toFixed(2)} s`);
  console.log(
    `\ncold: ${cold.analysed} analysed on ${cold.workers} worker threads, ${cold.failures} failures; ` +
      `reopen: ${reopen.fromCache} from cache, ${reopen.analysed} analysed, ${reopen.failures} failures`,
  );
  const same = cold.articles === reopen.articles && cold.entities === reopen.entities && cold.mentions === reopen.mentions;
  console.log(
    `corpus: ${reopen.articles} articles, ${reopen.entities} entities, ${reopen.mentions} mentions` +
      (same ? ' (same after reopening)' : ` — DIFFERS after reopening: cold ${cold.articles}/${cold.entities}/${cold.mentions}`),
  );
  console.log(
    `first call (not in the percentiles): related ${ms(reopen.related.firstCallMs)}, search ${ms(reopen.search.firstCallMs)}; ` +
      `related: ${reopen.related.meanResults.toFixed(1)} results on average`,
  );
  console.log('\nsearch by kind of query:');
  table(
    [
      ['kind', 'queries', 'p50', 'p99', 'mean hits', 'errors'],
      ...Object.entries(reopen.search.byKind).map(([kind, k]) => [kind, String(k.count), ms(k.p50Ms), ms(k.p99Ms), k.meanHits.toFixed(1), String(k.errors)]),
    ],
    new Set([1, 2, 3, 4, 5]),
  );
  for (const e of reopen.search.errorExamples) console.log(`  error: ${e.query} → ${e.error}`);
  for (const f of [...cold.firstFailures]) console.log(`  cold failure: ${f.path}: ${f.error}`);
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (quick) console.log('\nquick run: 1,000 articles; the targets are for 10,000.');

  report = {
    date: new Date().toISOString(),
    node: process.version,
    cpu,
    cores: availableParallelism(),
    quick,
    heap: args.heap,
    articles: N,
    bytes,
    targets: TARGETS,
    cold,
    reopen,
    coldNoIndex,
    fromPack,
    loadAverage: { before: loadBefore, after: loadavg() },
    pass: Object.fromEntries(rows.filter((r) => r[3] !== null).map((r) => [r[0], r[3]])),
  };
} finally {
  rmSync(work, { recursive: true, force: true });
}

const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'scale.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${join('bench', 'out', 'scale.json')}`);

function ms(x) {
  return x === null || x === undefined ? 'n/a' : `${x.toFixed(x < 10 ? 2 : 1)} ms`;
}

function table(rows, right) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => (right.has(j) ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
