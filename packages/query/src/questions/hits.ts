import { compareStrings } from '../text/string-order.js';
import type { SearchHit } from '../types.js';

/** The first `limit` hits, best first, ties by uri (so that equal scores list the same way every time). */
export function bestHits(hits: SearchHit[], limit: number): SearchHit[] {
  return hits.sort((a, b) => b.score - a.score || compareStrings(a.uri, b.uri)).slice(0, limit);
}
