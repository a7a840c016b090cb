import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Corpus } from '../corpus.js';
import { TextAnalyser, upsertAnalysed } from './text-analyser.js';

// The real worker is the built one (turbo builds before testing; alone: `npx tsup`).
const builtWorker = fileURLToPath(new URL('../../dist/analyze-worker.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'seedlens-analyser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Gen. Valery Gerasimov met Gen. Joseph Dunford in Baku on Thursday, Feb. 16, 2017.';
const URI = 'file:///news/2017-02-16/talks.txt';

/** The corpus of `URI` analysed by `analyser`, next to one analysed by `upsert` in this thread. */
async function both(analyser: TextAnalyser, text = TEXT) {
  const viaAnalyser = new Corpus();
  upsertAnalysed(viaAnalyser, URI, await analyser.analyse(text, { path: URI }));
  const here = new Corpus();
  here.upsert(URI, text);
  return { viaAnalyser, here };
}

function fixtureWorker(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return path;
}

describe('TextAnalyser', () => {
  it.runIf(existsSync(builtWorker))('analyses on a worker thread, as upsert does in this thread', async () => {
    const analyser = new TextAnalyser({ script: builtWorker });
    const { viaAnalyser, here } = await both(analyser);
    expect(analyser.running).toBe(true);
    expect(viaAnalyser.mentionsIn(URI)).toEqual(here.mentionsIn(URI));
    // The date in the path is the article's DCT, as for upsert.
    expect(viaAnalyser.get(URI)?.analysis.dct).toBe('2017-02-16');
    expect(viaAnalyser.get(URI)?.analysis.dct).toBe(here.get(URI)?.analysis.dct);
    expect(viaAnalyser.entities()).toEqual(here.entities());
    analyser.dispose();
    expect(analyser.running).toBe(false);
  });

  it('stops a worker busy with an aborted text, and starts another for the next', async () => {
    const slow = fixtureWorker(
      'slow.mjs',
      `parentPort.on('message', ({ id, text }) => { if (text === 'hang') return; parentPort.postMessage({ id, error: 'analysed ' + text }); });
      parentPort.postMessage({ ready: true });`,
    );
    const analyser = new TextAnalyser({ script: slow });
    const controller = new AbortController();
    const hanging = analyser.analyse('hang', { signal: controller.signal });
    const queued = new AbortController();
    const dropped = analyser.analyse('never', { signal: queued.signal });
    queued.abort(new Error('superseded'));
    await expect(dropped).rejects.toThrow('superseded');
    await vi.waitFor(() => expect(analyser.running).toBe(true));
    controller.abort(new Error('a newer edit'));
    await expect(hanging).rejects.toThrow('a newer edit');
    expect(analyser.running).toBe(false);
    await expect(analyser.analyse('next')).rejects.toThrow('analysed next');
    expect(analyser.running).toBe(true);
    analyser.dispose();
    await expect(analyser.analyse('after')).rejects.toThrow('disposed');
  });

  it('analyses in this thread when no worker can start', async () => {
    for (const script of [join(dir, 'missing.js'), fixtureWorker('broken.mjs', "throw new Error('cannot load');")]) {
      const analyser = new TextAnalyser({ script });
      const { viaAnalyser, here } = await both(analyser);
      expect(viaAnalyser.mentionsIn(URI)).toEqual(here.mentionsIn(URI));
      expect(analyser.running).toBe(false);
      analyser.dispose();
    }
  });

  it('fails the text whose worker died, and carries on with a new worker', async () => {
    const dying = fixtureWorker(
      'dying.mjs',
      `parentPort.on('message', ({ id, text }) => { if (text === 'die') process.exit(3); parentPort.postMessage({ id, error: 'analysed ' + text }); });
      parentPort.postMessage({ ready: true });`,
    );
    const analyser = new TextAnalyser({ script: dying });
    await expect(analyser.analyse('die')).rejects.toThrow('analysis worker failed');
    await expect(analyser.analyse('x')).rejects.toThrow('analysed x');
    analyser.dispose();
  });

  it.runIf(existsSync(builtWorker))('stops its worker once idle', async () => {
    const analyser = new TextAnalyser({ script: builtWorker, idleMs: 20 });
    await analyser.analyse(TEXT);
    await vi.waitFor(() => expect(analyser.running).toBe(false));
    analyser.dispose();
  });
});
