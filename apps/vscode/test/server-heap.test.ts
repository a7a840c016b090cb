/**
 * The bundled server (dist/server.cjs) bounds how far V8 grows its heap between full collections,
 * as the language server's command does (see @seedlens/query's heap-growth.ts). Needs `npx tsup`
 * first (turbo's test task builds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SERVER = new URL('../dist/server.cjs', import.meta.url);

describe('the bundled server', () => {
  it('grows its heap by a factor of 1.3 at most between full collections', () => {
    expect(existsSync(SERVER), 'dist/server.cjs (run `npx tsup`)').toBe(true);
    // Collects once on exit (the server exits when its input closes, here at once), and prints
    // the factor V8 then applies to the old generation's limit.
    const trace = ['--trace-gc-verbose', '--expose-gc', "--import=data:text/javascript,process.on('exit',()=>gc())"];
    const { stdout } = spawnSync(process.execPath, [...trace, SERVER.pathname, '--stdio'], { encoding: 'utf8', input: '', timeout: 20_000 });
    expect([...stdout.matchAll(/\[HeapController\] Limit: .*\(([\d.]+)\)$/gm)].at(-1)?.[1]).toBe('1.3');
  });
});
