// Worker-thread entry (built as its own file, dist/analyze-worker.{js,cjs}): analyses the texts
// it is sent and answers with their records, transferring the bytes.
import { parentPort, workerData } from 'node:worker_threads';
import { useSharedData } from '@seedlens/core';
import { analyseHere, type WorkerData, type WorkerReply, type WorkerRequest } from './analysis-pool.js';

const port = parentPort;
if (port) {
  // Core's data as the starting thread loaded it: no copy of the model's weights decoded here.
  const { coreData } = (workerData ?? {}) as WorkerData;
  try {
    if (coreData) useSharedData(coreData);
  } catch {
    // Not data this core can use (another build): it loads its own.
  }
  port.on('message', ({ id, text, path }: WorkerRequest) => {
    const result = analyseHere(text, path);
    const transfer = 'record' in result ? [result.record.bytes.buffer as ArrayBuffer, result.index.bytes.buffer as ArrayBuffer] : [];
    port.postMessage({ id, ...result } satisfies WorkerReply, transfer);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
