import { shippedModel, useShippedModel } from './names/tagger/shipped-model.js';

/**
 * What `analyze` loads once per thread and never changes, in buffers that worker threads can be
 * handed (`postMessage`, `workerData`): today the name model's weights (about 3 MB decoded). In a
 * SharedArrayBuffer where the platform has one, so the threads share one copy.
 */
export interface SharedData {
  readonly model: ArrayBufferLike;
}

/** This thread's data, loaded now if it was not, to hand to worker threads (see `useSharedData`). */
export function sharedData(): SharedData {
  return { model: shippedModel().storage };
}

/**
 * Makes `analyze` in this thread use data another thread loaded (`sharedData()` there) instead of
 * loading its own: call it before the first analysis. Throws on something that is not such data.
 */
export function useSharedData(data: SharedData): void {
  useShippedModel(data.model);
}
