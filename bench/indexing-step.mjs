#!/usr/bin/env node
// How long `upsertAnalysedAsync` holds the thread at a stretch (issue 13): a 2 MB document of ever
// new names (bench/distinct-names.mjs) put into the seeds' corpus, opened, then edited (a line
// changed, a line added) and edited back, ROUNDS times. The analysis is done beforehand (on the
// TextAnalyser's worker thread), so what is timed is only the indexing, which a request waits for
// when it arrives during its longest synchronous stretch. A 1 ms interval probes the gaps. Prints
// one line a step; a benchmark, never an exit code.
//
//   node bench/indexing-step.mjs [rounds]   (default 3)
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { distinctNames } from './distinct-names.mjs';
import { loadBuilt } from './load-built.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 3);
const q = await loadBuilt('query');
const { corpus } = await q.openCorpus([join(root, 'seeds')], { cache: false });
const text = distinctNames(2_000_000 - 200, { wholeLines: true });
const lines = text.split('\n');
lines[Math.floor(lines.length / 2)] = 'General Qwerty Asdfgh met President Zxcvbn Poiuyt in Lkjhgf on 4 March 2017.';
const edited = `${lines.join('\n')}Talks in Geneva.\n`;
const uri = 'file:///tmp/seedlens-bench/big.txt';
const analyser = new q.TextAnalyser();
const opened = await analyser.analyse(text, { path: uri });
const edit = await analyser.analyse(edited, { path: uri });
analyser.dispose();

async function timed(label, analysed) {
  let last = performance.now();
  let longest = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  await q.upsertAnalysedAsync(corpus, uri, analysed);
  const end = performance.now();
  longest = Math.max(longest, end - last);
  clearInterval(probe);
  console.log(`${label.padEnd(10)} ${(end - start).toFixed(0).padStart(6)} ms in all, longest stretch ${longest.toFixed(0).padStart(5)} ms`);
}

for (let i = 0; i < rounds; i++) {
  await timed('open', opened);
  await timed('edit', edit);
  await timed('edit back', opened);
  corpus.remove(uri);
}
