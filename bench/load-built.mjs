// The benchmarks measure the built packages, as users install them: `npm run bench` builds first.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Imports packages/<name>/dist/index.js, or exits with a message saying to build first. */
export async function loadBuilt(name) {
  const path = join(root, 'packages', name, 'dist', 'index.js');
  try {
    return await import(pathToFileURL(path).href);
  } catch (error) {
    console.error(`bench: cannot load ${path} (${error.message}); run \`npm run build\` first`);
    process.exit(1);
  }
}
