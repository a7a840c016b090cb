/**
 * Long synchronous work cut into slices: `pause()` yields to the event loop once the current
 * slice has run for `sliceMs`, and throws if `signal` has aborted. The pipelines use synchronous
 * fs calls (several times faster than fs/promises for many small files) and stay responsive.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(
    private readonly signal?: AbortSignal,
    private readonly sliceMs = 8,
  ) {
    signal?.throwIfAborted();
  }

  async pause(): Promise<void> {
    this.signal?.throwIfAborted();
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
    this.signal?.throwIfAborted();
  }
}

/**
 * Work written once as steps (a generator that yields between them) and run either at once, for
 * callers that may block, or a slice at a time with `runSliced`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs `steps` to the end, pausing with `slicer` between them (which throws once its signal aborts). */
export async function runSliced<T>(steps: Steps<T>, slicer: TimeSlicer): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await slicer.pause();
  }
}

/** How many items of a loop a step takes, between two yields of `Steps`. */
export const STEP_ITEMS = 1024;
