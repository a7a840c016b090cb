/** Exactly `chars` characters of lines whose every name is new; with `wholeLines`, whole lines of at most `chars` in all. */
export function distinctNames(chars: number, options?: { wholeLines?: boolean }): string;
