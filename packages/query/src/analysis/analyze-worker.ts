// Worker-thread entry (built as its own file, dist/analyze-worker.{js,cjs}): analyses the texts
// it is sent and answers with their records, transferring the bytes.
import { parentPort } from 'node:worker_threads';
import { analyseHere, type WorkerReply, type WorkerRequest } from './analysis-pool.js';

const port = parentPort;
if (port) {
  port.on('message', ({ id, text, path }: WorkerRequest) => {
    const result = analyseHere(text, path);
    const transfer = 'record' in result ? [result.record.bytes.buffer as ArrayBuffer, result.index.bytes.buffer as ArrayBuffer] : [];
    port.postMessage({ id, ...result } satisfies WorkerReply, transfer);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
