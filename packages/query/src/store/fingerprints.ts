// Which code made a cache file: the analyzer (core) and the indexer (this package). A pack or a
// snapshot names both in its header, and one made by other code is not used.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let fingerprint: string | undefined;

/**
 * Names the analyzer that produced the analyses: core's version and a hash of its built code, so
 * that a rebuilt core invalidates the cache even without a version bump. When core cannot be
 * located (bundled into one file), the bundle that holds this module stands for it.
 */
export function analyzerFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  let version = 'unknown';
  try {
    const require = createRequire(import.meta.url);
    version = (require('@seedlens/core/package.json') as { version: string }).version;
    hash.update(readFileSync(require.resolve('@seedlens/core')));
  } catch {
    try {
      hash.update(readFileSync(fileURLToPath(import.meta.url)));
    } catch {
      hash.update('unknown');
    }
  }
  fingerprint = `${version.replace(/\s/g, '')}+${hash.digest('base64url').slice(0, 16)}`;
  return fingerprint;
}

let indexer: string | undefined;

/**
 * Names the code that derives index records: a hash of the package's modules (built, the files
 * next to this one's bundle; under test, every source file of src/, this one being in src/store/).
 * The corpus subtracts what an article added by deriving it again, so a record from other code
 * must not be used.
 */
export function indexerFingerprint(): string {
  if (indexer !== undefined) return indexer;
  const hash = createHash('sha256');
  try {
    const here = fileURLToPath(import.meta.url);
    const fromSources = here.endsWith('.ts');
    const dir = fromSources ? dirname(dirname(here)) : dirname(here);
    const names = readdirSync(dir, { recursive: fromSources }) as string[];
    for (const name of names.filter((n) => /\.(c|m)?[jt]s$/.test(n)).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  } catch {
    hash.update('unknown');
  }
  indexer = hash.digest('base64url').slice(0, 16);
  return indexer;
}
