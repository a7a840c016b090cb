import type { Token } from '../segment/tokenize.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

// "Daraa al-Balad": a place and an Arabic name that the tagger took apart.
const PARTICLE_LED = /^(?:al|el|ad|as|ash|an|ar|az|at|ath)-\p{Lu}/u;
export function mergeParticlePlaces(spans: TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  const place = NAME_TYPES.indexOf('place');
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === place && s.type === place && s.first === prev.last + 1 && PARTICLE_LED.test(tokens[s.first]!.text)) prev.last = s.last;
    else out.push(s);
  }
  return out;
}
