import { boundHeapGrowth } from '@seedlens/query';
import { processIo } from './io.js';
import { main } from './main.js';
import { printable } from './printable.js';

// This process is ours: V8 would let its heap grow up to fourfold between full collections while
// a large folder is indexed on a busy machine (see @seedlens/query's heap-growth.ts).
boundHeapGrowth();

// `seedlens … | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`seedlens: internal error: ${text.split('\n').map(printable).join('\n')}\n`);
    process.exitCode = 70;
  },
);
