// Preloaded into a child process by bench/hostile.mjs (`node --import ./bench/max-rss.mjs …`):
// on exit, writes the process's peak resident memory (bytes) and its run time (ms) as JSON to
// the file named by SEEDLENS_BENCH_RSS_OUT.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const out = process.env.SEEDLENS_BENCH_RSS_OUT;
if (out) {
  process.on('exit', () => {
    // maxRSS is in kilobytes.
    writeFileSync(out, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, ms: performance.now() }));
  });
}
