export { analyze } from './analyze.js';
export { dctFromPath, type PathDate } from './source/dct-from-path.js';
export { sharedData, useSharedData, type SharedData } from './shared-data.js';
export type * from './types.js';
