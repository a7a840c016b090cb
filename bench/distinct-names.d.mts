/** Exactly `chars` characters of lines whose every name is new; with `wholeLines`, whole lines of at most `chars` in all. */
export function distinctNames(chars: number, options?: { wholeLines?: boolean; seed?: number }): string;
/** The same with ever new given names and three family names, given names often the start of others. */
export function oneFamilyName(chars: number, options?: { wholeLines?: boolean; seed?: number }): string;
