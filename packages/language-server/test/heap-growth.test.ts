// The server's command bounds how far V8 grows its heap between full collections (see
// @seedlens/query's heap-growth.ts): what a process of it applies after a full collection.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './lsp-process.js';

/** Collects once on exit, and prints the factor V8 then applies to the old generation's limit. */
const TRACE = ['--trace-gc-verbose', '--expose-gc', "--import=data:text/javascript,process.on('exit',()=>gc())"];
const lastFactor = (stdout: string) => [...stdout.matchAll(/\[HeapController\] Limit: .*\(([\d.]+)\)$/gm)].at(-1)?.[1];

describe('seedlens-language-server', () => {
  it('grows its heap by a factor of 1.3 at most between full collections', () => {
    const { stdout } = spawnSync(process.execPath, [...TRACE, BIN, '--version'], { encoding: 'utf8' });
    expect(lastFactor(stdout)).toBe('1.3');
  });

  it('keeps a factor it was started with', () => {
    const { stdout } = spawnSync(process.execPath, [...TRACE, '--heap-growing-percent=20', BIN, '--version'], { encoding: 'utf8' });
    expect(lastFactor(stdout)).toBe('1.2');
  });
});
