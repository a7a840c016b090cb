import { describe, expect, it } from 'vitest';
import { CrashPolicy } from './crash-policy.js';

describe('CrashPolicy', () => {
  it('restarts a few times, then gives up on a server that keeps crashing', () => {
    const policy = new CrashPolicy(2, 60_000);
    expect(policy.onCrash(0)).toBe('restart');
    expect(policy.onCrash(1_000)).toBe('restart');
    expect(policy.onCrash(2_000)).toBe('give-up');
  });

  it('forgets crashes older than its window', () => {
    const policy = new CrashPolicy(2, 60_000);
    policy.onCrash(0);
    policy.onCrash(1_000);
    expect(policy.onCrash(70_000)).toBe('restart');
  });

  it('starts counting afresh after a deliberate start', () => {
    const policy = new CrashPolicy(1, 60_000);
    policy.onCrash(0);
    expect(policy.onCrash(1)).toBe('give-up');
    policy.reset();
    expect(policy.onCrash(2)).toBe('restart');
  });
});
