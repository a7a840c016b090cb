#!/usr/bin/env node
// How fast could analyze() run on real news if its two costliest stages cost nothing? An
// experiment, not a target: it answers whether a throughput target is reachable at all.
//
// Runs, in the same rounds as bench/throughput.mjs (the tools take turns, one pass each):
//   seedlens          analyze(text) as built
//   no tagging        the same build with the name tagger's answer remembered per article after
//                     the first pass (its features and decoding then cost nothing)
//   no tagging/dates  and date finding remembered too
//   compromise        nlp(text).people()/.places()/.organizations().json(), on the first ~300 KB
//   chrono-node       chrono.parse(text): dates alone, the library the date stage builds on
// on the CoNLL-2003 development texts (../shared/gold/conll2003-dev) repeated to ~1 MB.
// The two variants are made by rewriting a copy of packages/core/dist/index.cjs in a temporary
// folder; their output is checked to be the build's own, byte for byte, before anything is timed.
//
//   node bench/stage-floor.mjs     (after `npm run build`)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const dist = join(root, 'packages', 'core', 'dist');
const conllDir = join(root, '..', 'shared', 'gold', 'conll2003-dev');

/** A copy of core's CommonJS build with `rewrite` applied, loaded from a temporary folder beside node_modules. */
function variant(name, rewrite) {
  const dir = mkdtempSync(join(tmpdir(), `seedlens-floor-${name}-`));
  cpSync(dist, join(dir, 'dist'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const file = join(dir, 'dist', 'index.cjs');
  writeFileSync(file, rewrite(readFileSync(file, 'utf8')));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return require(file);
}

/** `source` with the function `name`'s answers remembered by `key` (a JS expression over its parameters). */
function remembered(source, name, params, key, copy) {
  const head = `function ${name}(`;
  if (source.split(head).length !== 2) throw new Error(`stage-floor: the build has not exactly one function ${name}; update this script`);
  return source.replace(
    head,
    `var __${name}Memo = new Map();\nfunction ${name}(${params}) {\n  const k = ${key};\n  let m = __${name}Memo.get(k);\n  if (m === undefined) __${name}Memo.set(k, (m = ${name}__original(${params})));\n  return ${copy};\n}\nfunction ${name}__original(`,
  );
}
const noTagging = (s) =>
  remembered(s, 'tagSpans', 'tokens, isBlocked, model', 'tokens.length + ":" + tokens.slice(0, 80).map((t) => t.text + t.start).join(" ")', '{ spans: m.spans.map((x) => ({ ...x })), eligible: m.eligible.slice(), codes: m.codes, evidence: m.evidence.slice() }');
const noDates = (s) => remembered(s, 'findDates', 'text, dct, from, to', 'text.length + ":" + from + ":" + to + ":" + dct + ":" + text.slice(0, 200)', 'm.map((d) => ({ ...d }))');

const core = require(join(dist, 'index.cjs'));
const TOOLS = [
  { name: 'seedlens', run: core.analyze },
  { name: 'no tagging', run: variant('tagging', noTagging).analyze },
  { name: 'no tagging/dates', run: variant('dates', (s) => noDates(noTagging(s))).analyze },
];

let texts;
try {
  texts = readdirSync(conllDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(conllDir, f), 'utf8')).filter((t) => t.length > 0);
} catch (error) {
  console.error(`stage-floor: cannot read ${conllDir} (${error.code ?? error.message})`);
  process.exit(1);
}
const docs = [];
for (let size = 0; size < 1_000_000; size += Buffer.byteLength(docs.at(-1))) docs.push(texts[docs.length % texts.length]);
const sample = [];
for (let size = 0; size < 300_000; size += Buffer.byteLength(sample.at(-1))) sample.push(docs[sample.length]);

// The variants must answer as the build does, or their speed means nothing.
const outputOf = (run) => docs.slice(0, texts.length).map((d) => JSON.stringify({ ...run(d), source: undefined }));
const expected = outputOf(core.analyze);
for (const tool of TOOLS.slice(1)) {
  outputOf(tool.run);
  const again = outputOf(tool.run);
  if (again.some((o, i) => o !== expected[i])) throw new Error(`stage-floor: "${tool.name}" answers differently from the build`);
}

const { default: nlp } = await import(require.resolve('compromise'));
const chrono = await import(require.resolve('chrono-node'));
TOOLS.push(
  { name: 'compromise', docs: sample, run: (t) => { const d = nlp(t); return d.people().json().length + d.places().json().length + d.organizations().json().length; } },
  { name: 'chrono-node', run: (t) => chrono.parse(t) },
);

const bytesOf = (list) => list.reduce((n, d) => n + Buffer.byteLength(d), 0);
const rates = TOOLS.map(() => []);
for (const tool of TOOLS) for (const d of (tool.docs ?? docs).slice(0, 50)) tool.run(d);
for (let round = 0; round < 5; round++) {
  const order = round % 2 === 0 ? TOOLS.map((_, i) => i) : TOOLS.map((_, i) => TOOLS.length - 1 - i);
  for (const i of order) {
    const list = TOOLS[i].docs ?? docs;
    const t0 = performance.now();
    for (const d of list) TOOLS[i].run(d);
    rates[i].push(bytesOf(list) / 1e6 / ((performance.now() - t0) / 1000));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const compromise = median(rates[TOOLS.findIndex((t) => t.name === 'compromise')]);
console.log(`CoNLL-2003 dev texts ×${Math.round(docs.length / texts.length)} (${(bytesOf(docs) / 1e6).toFixed(2)} MB), median of 5 rounds; node ${process.version}\n`);
console.log('tool               MB/s   × compromise');
TOOLS.forEach((tool, i) => console.log(`${tool.name.padEnd(17)} ${median(rates[i]).toFixed(3).padStart(6)}   ${(median(rates[i]) / compromise).toFixed(1).padStart(5)}×`));
