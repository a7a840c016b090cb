import { describe, expect, it } from 'vitest';
import { TimeSlicer } from './time-slice.js';

describe('TimeSlicer', () => {
  it('yields to the event loop only once a slice has run its time', async () => {
    let ran = false;
    setImmediate(() => (ran = true));
    await new TimeSlicer(undefined, 60_000).pause();
    expect(ran).toBe(false);
    await new TimeSlicer(undefined, 0).pause();
    expect(ran).toBe(true);
  });

  it('throws the abort reason, at construction or at the next pause', async () => {
    const controller = new AbortController();
    const slicer = new TimeSlicer(controller.signal);
    await slicer.pause();
    controller.abort(new Error('stop'));
    await expect(slicer.pause()).rejects.toThrow('stop');
    expect(() => new TimeSlicer(controller.signal)).toThrow('stop');
  });
});
