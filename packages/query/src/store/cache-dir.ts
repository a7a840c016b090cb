import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** The user's cache folder for seedlens: SEEDLENS_CACHE_DIR, else the platform's cache folder + `/seedlens`. */
export function defaultCacheDir(): string {
  return cacheDirFor(process.env, process.platform, homedir());
}

export function cacheDirFor(env: Record<string, string | undefined>, platform: NodeJS.Platform, home: string): string {
  if (env.SEEDLENS_CACHE_DIR) return resolve(env.SEEDLENS_CACHE_DIR);
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'seedlens');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'seedlens');
  // The XDG spec says to ignore a relative XDG_CACHE_HOME.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'seedlens');
}
