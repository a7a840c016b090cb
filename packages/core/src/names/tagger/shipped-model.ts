import encodedModel from '../../generated/name-model.js';
import { NameModel } from './name-model.js';

let model: NameModel | undefined;

/**
 * The weights that ship with the package (model/names.slnm, see MODEL.md), decoded on first use
 * and kept for the life of the process or worker thread, unless `useShippedModel` gave them.
 */
export function shippedModel(): NameModel {
  return (model ??= new NameModel(decodeBase64(encodedModel())));
}

/**
 * Makes this thread's shipped model the one whose storage is `storage` (another thread's
 * `shippedModel().storage`): no copy of the weights is decoded here. No-op once a model is in use.
 */
export function useShippedModel(storage: ArrayBufferLike): void {
  model ??= new NameModel(storage);
}

function decodeBase64(text: string): Uint8Array {
  const buffer = (globalThis as { Buffer?: { from(s: string, encoding: string): Uint8Array } }).Buffer;
  if (buffer) return new Uint8Array(buffer.from(text, 'base64'));
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
