/**
 * Strings in the order of their UTF-16 code units: the same in every locale and runtime, so that
 * ties in answers (entities, hits, uris) are broken the same way everywhere.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
