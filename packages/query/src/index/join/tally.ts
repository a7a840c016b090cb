// A small multiset as a flat array `[item, count, item, count, …]`. Each name key holds a few
// surface forms and kinds; a Map per key would cost several times the memory.

export type Tally<T> = Array<T | number>;

/** Adds `delta` to `item`'s count; the item disappears when its count reaches 0. */
export function tallyAdd<T>(tally: Tally<T>, item: T, delta: number): void {
  for (let i = 0; i < tally.length; i += 2) {
    if (tally[i] === item) {
      const count = (tally[i + 1] as number) + delta;
      if (count > 0) tally[i + 1] = count;
      else tally.splice(i, 2);
      return;
    }
  }
  if (delta > 0) tally.push(item, delta);
}

export function tallyGet<T>(tally: Tally<T>, item: T): number {
  for (let i = 0; i < tally.length; i += 2) if (tally[i] === item) return tally[i + 1] as number;
  return 0;
}

export function* tallyEntries<T>(tally: Tally<T>): Generator<[T, number]> {
  for (let i = 0; i < tally.length; i += 2) yield [tally[i] as T, tally[i + 1] as number];
}
