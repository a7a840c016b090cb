/**
 * Remembers a function's answer per string. Name finding asks the same questions of the same
 * words again and again; the bound keeps a long-running language server's memory flat.
 */
export function memoize<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key: string): T => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
