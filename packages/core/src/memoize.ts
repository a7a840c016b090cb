/**
 * Remembers a function's answer per string. Name finding asks the same questions of the same
 * words again and again; the bound keeps a long-running language server's memory flat.
 */
export function memoize<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key: string): T => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    // Kept under a copy of its own: the key is often cut from an article's text, and V8 keeps a
    // substring of 13 or more characters as a view of its parent, so the table would keep whole
    // texts alive. The answer is computed from the copy, so that what it cuts from it holds no text either.
    const own = key.length < 13 ? key : (' ' + key).slice(1);
    const answer = compute(own);
    if (answers.size >= limit) answers.clear();
    answers.set(own, answer);
    return answer;
  };
}
