/**
 * When a crashed server is started again: at once, unless it has already crashed `maxRestarts`
 * times within `windowMs` (a server that dies on every start would otherwise loop forever).
 */
export class CrashPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a crash at `now` (ms) and says whether to restart. */
  onCrash(now: number): 'restart' | 'give-up' {
    this.crashes = [...this.crashes.filter((t) => now - t < this.windowMs), now];
    return this.crashes.length <= this.maxRestarts ? 'restart' : 'give-up';
  }

  /** A deliberate start (by the user or a settings change) starts counting afresh. */
  reset(): void {
    this.crashes = [];
  }
}
