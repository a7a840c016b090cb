// Worker-thread entry used by bench/memory.mjs in place of query's analyze-worker: it samples this
// thread's own heap (V8 keeps one per thread; RSS is the process's) while the real worker runs,
// and keeps the largest figures seen in the file SEEDLENS_BENCH_WORKER_MEMORY names (one per thread).
import { writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import v8 from 'node:v8';

const out = process.env.SEEDLENS_BENCH_WORKER_MEMORY;
const peak = { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0, afterLoad: undefined };
function sample() {
  const m = process.memoryUsage();
  let changed = false;
  for (const k of ['heapUsed', 'heapTotal', 'external', 'arrayBuffers']) {
    if (m[k] > peak[k]) {
      peak[k] = m[k];
      changed = true;
    }
  }
  if (changed && out) writeFileSync(`${out}.${threadId}`, JSON.stringify({ ...peak, spaces: v8.getHeapSpaceStatistics() }));
}
setInterval(sample, 20).unref();
await import(process.env.SEEDLENS_BENCH_REAL_WORKER);
const m = process.memoryUsage();
peak.afterLoad = { heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
sample();
