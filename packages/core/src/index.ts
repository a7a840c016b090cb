export { analyze } from './analyze.js';
export type * from './types.js';
