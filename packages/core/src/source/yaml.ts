// yaml's parser, in a module of its own so that the build can load yaml lazily (tsup.config.ts).
export { parse } from 'yaml';
