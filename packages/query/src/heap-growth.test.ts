import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundHeapGrowth } from './heap-growth.js';

const dist = new URL('../dist/index.js', import.meta.url);

/** Node flags that make a process collect once on exit and print the growth factor V8 then applies. */
const TRACE = ['--trace-gc-verbose', '--expose-gc', "--import=data:text/javascript,process.on('exit',()=>gc())"];
/** The factors V8 applied to the old generation's limit, from TRACE's output. */
const factors = (stdout: string) => [...stdout.matchAll(/\[HeapController\] Limit: .*\(([\d.]+)\)$/gm)].map((m) => Number(m[1]));

/** A process that loads the built package and calls boundHeapGrowth(args). */
function run(args: string, flags: string[] = TRACE) {
  const code = `import(${JSON.stringify(dist.href)}).then((q) => console.log('set', q.boundHeapGrowth(${args})))`;
  return spawnSync(process.execPath, [...flags, '--input-type=module', '-e', code], { encoding: 'utf8' });
}

describe('boundHeapGrowth', () => {
  it('makes V8 grow the heap by the factor given after a full collection', () => {
    expect(existsSync(dist), 'dist/index.js (run `npx tsup`)').toBe(true);
    const out = run('');
    expect(out.stdout).toContain('set true');
    expect(factors(out.stdout).at(-1)).toBe(1.3);
    expect(factors(run('50').stdout).at(-1)).toBe(1.5);
  });

  it('leaves a factor the process was started with', () => {
    const given = run('', [...TRACE, '--heap-growing-percent=20']);
    expect(given.stdout).toContain('set false');
    expect(factors(given.stdout).at(-1)).toBe(1.2);
    expect(boundHeapGrowth(50, { execArgv: [], env: { NODE_OPTIONS: '--max-old-space-size=900 --heap_growing_percent=20' } })).toBe(false);
  });

  it('takes a whole percent only', () => {
    expect(() => boundHeapGrowth(0)).toThrow(RangeError);
    expect(() => boundHeapGrowth(1.5)).toThrow(RangeError);
  });
});
