import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisPool, analyseHere, type AnalysisResult, type PoolOptions } from './analysis-pool.js';

// The real worker is the built one (turbo builds before testing; alone: `npx tsup`).
const builtWorker = fileURLToPath(new URL('../../dist/analyze-worker.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'seedlens-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const texts = [
  'Gen. Valery Gerasimov met Gen. Joseph Dunford in Baku on Thursday.',
  'Talks in Geneva ended without agreement in March 2017.',
  'Foreign Minister Amina Okafor flew to Nairobi in 2019.',
  'The Pentagon said on Monday that Secretary Jonas Lindqvist would visit Oslo.',
  'Russia and Azerbaijan signed the agreement in the 1990s.',
];

async function run(options: PoolOptions, list = texts) {
  const results = new Map<number, AnalysisResult>();
  const pool = new AnalysisPool(options, (i, result) => {
    expect(results.has(i)).toBe(false);
    results.set(i, result);
  });
  for (const text of list) pool.submit(text);
  const { threads } = await pool.drain();
  return { threads, results: list.map((_, i) => results.get(i)) };
}

/** A worker script of our own, for the failures the real one does not have. */
function fixtureWorker(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return path;
}

describe('AnalysisPool', () => {
  it.runIf(existsSync(builtWorker))('analyses on worker threads, with the same results as in this thread', async () => {
    // Enough text that the first worker to start cannot finish it all before the second is ready
    // (loading core takes a few hundred milliseconds; five short sentences took less).
    const many = Array.from({ length: 40 }, (_, i) => `${texts[i % texts.length]!}\n`.repeat(20));
    const { threads, results } = await run({ workers: 2, script: builtWorker }, many);
    expect(threads).toBe(2);
    expect(results).toEqual(many.map((t) => analyseHere(t)));
    expect(results.every((r) => r && 'record' in r && r.record.bytes.length > 0)).toBe(true);
  });

  it("hands each worker core's data as this thread loaded it, in a SharedArrayBuffer", async () => {
    const probe = fixtureWorker(
      'probe.mjs',
      `import { workerData } from 'node:worker_threads';
      const shared = workerData?.coreData?.model instanceof SharedArrayBuffer;
      parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: shared ? 'shared' : 'not shared' }));
      parentPort.postMessage({ ready: true });`,
    );
    const { results } = await run({ workers: 2, script: probe });
    expect(results).toEqual(texts.map(() => ({ error: 'shared' })));
  });

  it('starts workers also when this process runs with flags a worker refuses (V8 flags such as --expose-gc)', async () => {
    const echo = fixtureWorker(
      'echo.mjs',
      `parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: process.execArgv.join(' ') }));
      parentPort.postMessage({ ready: true });`,
    );
    const saved = [...process.execArgv];
    process.execArgv.push('--expose-gc', '--max-old-space-size=4096', '--trace-warnings');
    try {
      const { threads, results } = await run({ workers: 1, script: echo, minTexts: 1 });
      expect(threads).toBe(1);
      // What a worker can take is still passed on.
      for (const r of results) expect(r).toEqual({ error: expect.stringContaining('--trace-warnings') });
      for (const r of results) expect(r).not.toEqual({ error: expect.stringContaining('--expose-gc') });
    } finally {
      process.execArgv.splice(0, process.execArgv.length, ...saved);
    }
  });

  it('starts workers only once minTexts texts wait; fewer are analysed in this thread', async () => {
    const ready = fixtureWorker('ready.mjs', `parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'from worker' })); parentPort.postMessage({ ready: true });`);
    expect(await run({ workers: 2, script: ready, minTexts: 6 })).toEqual({ threads: 0, results: texts.map((t) => analyseHere(t)) });
    const { threads, results } = await run({ workers: 1, script: ready, minTexts: 5 });
    expect(threads).toBe(1);
    expect(results).toEqual(texts.map(() => ({ error: 'from worker' })));
  });

  it('alongside, starts a worker for a long text however few texts wait, and leaves that text to it', async () => {
    const ready = fixtureWorker('ready-long.mjs', `parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'from worker' })); parentPort.postMessage({ ready: true });`);
    const long = `${texts[0]} `.repeat(Math.ceil(70_000 / texts[0]!.length));
    const { threads, results } = await run({ workers: 1, script: ready, minTexts: 16, alongside: true }, [texts[1]!, long, texts[2]!]);
    expect(threads).toBeGreaterThanOrEqual(1);
    expect(results[1]).toEqual({ error: 'from worker' });
    // Without alongside, few texts are all analysed here, as before.
    expect(await run({ workers: 1, script: ready, minTexts: 16 }, [long])).toEqual({ threads: 0, results: [analyseHere(long)] });
  });

  it('falls back to this thread when the script is missing or cannot start', async () => {
    const expected = texts.map((t) => analyseHere(t));
    expect(await run({ workers: 2, script: join(dir, 'missing.js') })).toEqual({ threads: 0, results: expected });
    const broken = fixtureWorker('broken.mjs', "throw new Error('cannot load');");
    expect(await run({ workers: 2, script: broken })).toEqual({ threads: 0, results: expected });
  });

  it('retries the texts of a worker that died once, then blames the text', async () => {
    const dying = fixtureWorker(
      'dying.mjs',
      `parentPort.on('message', ({ id, text }) => {
        if (text === 'die') process.exit(3);
        parentPort.postMessage({ id, record: { strings: ['from worker'], bytes: new Uint8Array() } });
      });
      parentPort.postMessage({ ready: true });`,
    );
    const list = ['a', 'b', 'die', 'c', 'd', 'e', 'f'];
    const { threads, results } = await run({ workers: 2, script: dying }, list);
    expect(threads).toBe(2);
    expect(results[2]).toEqual({ error: 'analysis worker failed: it stopped' });
    // Every other text got an answer: from a worker, or from this thread once both had died.
    results.forEach((result, i) => {
      if (i !== 2) expect(result).toSatisfy((r: AnalysisResult) => 'record' in r && (r.record.strings[0] === 'from worker' || r.record.bytes.length > 0));
    });
  });

  it('analyses in this thread the texts of a worker that ran out of memory, whatever their length', async () => {
    const hungry = fixtureWorker(
      'hungry.mjs',
      `const kept = [];
      parentPort.on('message', ({ id, text }) => {
        if (text.startsWith('huge')) for (;;) kept.push(new Array(100_000).fill(id));
        parentPort.postMessage({ id, error: 'from worker' });
      });
      parentPort.postMessage({ ready: true });`,
    );
    const huge = `huge ${texts[0]} `.repeat(Math.ceil(70_000 / texts[0]!.length));
    for (const alongside of [false, true]) {
      const { results } = await run({ workers: 1, script: hungry, workerHeapMb: 16, alongside }, [texts[1]!, huge, texts[2]!]);
      expect(results[1]).toEqual(analyseHere(huge));
      expect(results.every((r) => r !== undefined)).toBe(true);
    }
  });

  it('stops when the signal aborts, leaving no worker running', async () => {
    const hanging = fixtureWorker('hanging.mjs', `parentPort.on('message', () => {}); parentPort.postMessage({ ready: true });`);
    const controller = new AbortController();
    const pending = run({ workers: 2, script: hanging, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects drain when the caller cancels, and refuses texts after drain', async () => {
    const hanging = fixtureWorker('hanging2.mjs', `parentPort.on('message', () => {}); parentPort.postMessage({ ready: true });`);
    const pool = new AnalysisPool({ workers: 1, script: hanging }, () => undefined);
    pool.submit('x');
    const drained = pool.drain();
    expect(() => pool.submit('y')).toThrow('submit after drain');
    pool.cancel();
    await expect(drained).rejects.toThrow('analysis cancelled');
  });

  it('analyses in this thread alongside a worker, with the same results', async () => {
    const hanging = fixtureWorker('hanging-alongside.mjs', `parentPort.on('message', () => {}); parentPort.postMessage({ ready: true });`);
    // The worker never answers: whatever it was not handed is analysed here.
    const pool = new AnalysisPool({ workers: 1, script: hanging, alongside: true }, () => undefined);
    const many = Array.from({ length: 30 }, (_, i) => texts[i % texts.length]!);
    for (const text of many) pool.submit(text);
    // relieve analyses here until few texts wait (those the worker holds cannot be relieved).
    await pool.relieve(12);
    pool.cancel();

    const { threads, results } = await run({ workers: 1, script: builtWorker, alongside: true, minTexts: 1 });
    expect(results).toEqual(texts.map((t) => analyseHere(t)));
    expect(threads).toBeLessThanOrEqual(2);
  });

  it('relieve returns at once when no worker runs', async () => {
    const pool = new AnalysisPool({ workers: 2, script: join(dir, 'missing.js') }, () => undefined);
    for (const text of texts) pool.submit(text);
    await pool.relieve(0);
    expect((await pool.drain()).threads).toBe(0);
  });

  it('resolves at once for no texts', async () => {
    expect(await run({ workers: 2, script: builtWorker }, [])).toEqual({ threads: 0, results: [] });
  });
});
