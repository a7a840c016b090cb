/**
 * What the end-to-end test needs around the browser: Debian's chromium, code-server 4.100.3
 * (installed once into a cache folder), the packaged extension, and a code-server process on
 * a free loopback port, isolated from the home folder, in its own process group so that
 * stopping it stops its extension host, server and watchers too.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const APP = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`.slice(-4000));
  }
  return result.stdout;
}

/** Debian's chromium, installed with apt when missing (about 30 s). */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env });
  } catch {
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env });
  }
}

/** code-server from npm into ~/.cache/seedlens-e2e/code-server (about 70 s the first time, then reused); its executable. */
export function ensureCodeServer(): string {
  const out = run('bash', [join(HERE, 'install-code-server.sh')]);
  const binary = out.trim().split('\n').pop() ?? '';
  if (!existsSync(binary)) throw new Error(`code-server not installed: ${out}`);
  return binary;
}

/** The extension as users get it: `vsce package` of the built dist/ (run `npx tsup` before). */
export function packageExtension(outFile: string): void {
  for (const file of ['dist/extension.cjs', 'dist/server.cjs']) {
    if (!existsSync(join(APP, file))) throw new Error(`${file} is missing: build the extension first (npx tsup)`);
  }
  const vsce = join(APP, 'node_modules/.bin/vsce');
  const bin = existsSync(vsce) ? vsce : fileURLToPath(new URL('../../../../node_modules/.bin/vsce', import.meta.url));
  run(bin, ['package', '--no-dependencies', '--allow-missing-repository', '--out', outFile], { cwd: APP });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface CodeServer {
  url: string;
  /** Leader of the process group. */
  pid: number;
  /** Stops code-server and every process it started (its process group); safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Installs `vsix` into a fresh user-data and extensions folder under `runDir`, then starts
 * code-server there on 127.0.0.1 and waits until it answers.
 */
export async function startCodeServer(options: { binary: string; vsix: string; runDir: string; logFile: string }): Promise<CodeServer> {
  const { binary, vsix, runDir } = options;
  const dirs = { user: join(runDir, 'user'), extensions: join(runDir, 'extensions'), tmp: join(runDir, 'tmp') };
  for (const dir of [...Object.values(dirs), join(dirs.user, 'User')]) mkdirSync(dir, { recursive: true });
  copyFileSync(join(HERE, 'code-server-settings.json'), join(dirs.user, 'User', 'settings.json'));
  const config = join(runDir, 'config.yaml');
  execFileSync('touch', [config]);
  // code-server writes to ~/.config, ~/.local/share and $TMPDIR; the server caches analyses: all of it stays in runDir.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
    XDG_DATA_HOME: join(runDir, 'xdg-data'),
    XDG_CACHE_HOME: join(runDir, 'xdg-cache'),
    TMPDIR: dirs.tmp,
    SEEDLENS_CACHE_DIR: join(runDir, 'seedlens-cache'),
  };
  const common = ['--config', config, '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions];
  run(binary, [...common, '--install-extension', vsix], { env });

  const port = await freePort();
  const log = createWriteStream(options.logFile);
  // detached: a new session and process group (setsid), so one signal reaches every child.
  const child: ChildProcess = spawn(
    binary,
    [
      ...common,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const group = child.pid;
    const signal = (name: NodeJS.Signals) => {
      try {
        if (group) process.kill(-group, name);
      } catch {
        // the group is gone already
      }
    };
    signal('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000));
    if ((await Promise.race([exited, timeout])) === 'timeout') signal('SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    // children that outlived the leader (extension host, language server) are in the same group
    signal('SIGKILL');
    log.end();
  };

  // If the test process ends without stopping it (interrupted run), the group goes with it.
  const onExit = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone already
    }
  };
  process.once('exit', onExit);
  void exited.then(() => process.removeListener('exit', onExit));

  const url = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${options.logFile}`);
      const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url}; see ${options.logFile}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, stop };
}

/** Whether any process of the group still runs (for the test to check it cleaned up). */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Processes of the group whose command line contains `needle` (read from /proc: Linux only). */
export function groupProcesses(pid: number, needle: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // field 5 of stat is the process group; the command name (field 2) may hold spaces, so count after its ')'
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (group === pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}
