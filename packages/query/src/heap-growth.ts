// How far V8 lets a process's heap grow between full collections, for a process of our own that
// indexes large folders: seedlens's command and language server call `boundHeapGrowth` at
// startup. The library never does by itself: V8's flags are the whole process's, and an
// embedder's process is the embedder's to tune.
//
// After each full collection V8 sets the old generation's next limit to what was kept times a
// factor it chooses from its collection speed against the thread's allocation rate: up to 4 when
// the heap limit is 2 GB or more (Node's default on a machine of 16 GB or more), up to 2 below.
// Indexing a large folder, the main thread allocates steadily; on a busy machine its collections
// are measured slower, the factor went to 4, and the cold opening's peak with it (issue 18).
// `--heap-growing-percent`, which V8 reads at every collection, sets the factor instead.
import { setFlagsFromString } from 'node:v8';

/**
 * The heap grows by 30% of what the last full collection kept before the next one: the factor V8
 * itself caps its choice at when it optimizes for memory. Against 50%, in alternating cold
 * openings of 10,000 articles (issue 18), its highest peaks were lower and the time no longer.
 */
export const HEAP_GROWTH_PERCENT = 30;

const FLAG = /--heap[-_]growing[-_]percent\b/;

/**
 * Sets V8's heap growth factor for this process (all its threads) to 1 + percent/100, unless the
 * process was started with `--heap-growing-percent` (on its command line or in NODE_OPTIONS),
 * which is then left as given. Returns whether it set it.
 */
export function boundHeapGrowth(
  percent: number = HEAP_GROWTH_PERCENT,
  started: { execArgv: readonly string[]; env: NodeJS.ProcessEnv } = process,
): boolean {
  if (!(Number.isInteger(percent) && percent > 0)) throw new RangeError(`boundHeapGrowth: ${percent} is not a positive whole percent`);
  if (started.execArgv.some((arg) => FLAG.test(arg)) || FLAG.test(started.env.NODE_OPTIONS ?? '')) return false;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}
