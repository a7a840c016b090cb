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
