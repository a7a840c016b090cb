// The workspaces of this repository, as the release checks see them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Every workspace of the root package.json (`packages/*`, `apps/*`), each as
 * `{ dir, path, manifest }`, where `dir` is relative to the root ("packages/core").
 * `root` defaults to this checkout; the checks also read scratch copies of it.
 */
export function workspaces(root = ROOT) {
  const patterns = readJson(join(root, 'package.json')).workspaces ?? [];
  const found = [];
  for (const pattern of patterns) {
    if (!pattern.endsWith('/*') || pattern.slice(0, -2).includes('*')) throw new Error(`workspaces: cannot expand '${pattern}' (only 'folder/*')`);
    const parent = pattern.slice(0, -2);
    if (!existsSync(join(root, parent))) continue;
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const dir = `${parent}/${entry.name}`;
      if (!entry.isDirectory() || !existsSync(join(root, dir, 'package.json'))) continue;
      found.push({ dir, path: join(root, dir), manifest: readJson(join(root, dir, 'package.json')) });
    }
  }
  return found;
}

/** The workspaces published to npm (those not marked `private`). */
export function publishedWorkspaces(root = ROOT) {
  return workspaces(root).filter((w) => w.manifest.private !== true);
}

export const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'];
