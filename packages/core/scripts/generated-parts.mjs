// Writes a generated payload (the gazetteer's JSON, the name model's base64) as a module
// src/generated/<name>.ts whose function joins parts, each part a module
// src/generated/<name>-<i>.ts of at most PART_BYTES. tsup.config.ts builds every part into a file
// of its own in dist/generated/, required the first time its function is called.
//
// Why parts, and why that size: Node reads a CommonJS file into a buffer that doubles as it grows.
// glibc's malloc serves a block of 128 KB or more by mmap, and when such a block is freed it raises
// the size it serves by mmap to that block's size, and the free memory it keeps before returning
// any to the system to twice that. One 5 MB file (core as one bundle) raised them to 8 and 16 MB
// for the life of the process: 20–40 MB more resident memory after indexing a large folder. Parts
// of at most 512 KB keep them near 0.5 and 1 MB.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** At most 512 KB a file (ASCII, one byte a character), with room for the function around it. */
export const PART_BYTES = 500_000;

/** `c` (one code point) as it is written in a single-quoted JavaScript string literal in ASCII. */
function escaped(c) {
  const code = c.codePointAt(0);
  if (c === "'" || c === '\\') return `\\${c}`;
  if (code >= 0x20 && code < 0x7f) return c;
  if (code > 0xffff) return `\\u{${code.toString(16)}}`;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `payload` as single-quoted ASCII literals of at most `maxBytes` each (quotes included), cut
 * between code points, never inside an escape.
 */
export function partLiterals(payload, maxBytes = PART_BYTES) {
  const parts = [];
  let current = '';
  for (const c of payload) {
    const e = escaped(c);
    if (current.length + e.length + 2 > maxBytes && current) {
      parts.push(`'${current}'`);
      current = '';
    }
    current += e;
  }
  parts.push(`'${current}'`);
  return parts;
}

/**
 * Writes `<dir>/<name>-<i>.ts` for each part of `payload` (removing the parts of an earlier run)
 * and returns what the module `<name>.ts` needs: its import lines, and an expression of the joined
 * payload.
 */
export function writeParts(dir, name, payload, header) {
  for (const file of readdirSync(dir)) if (new RegExp(`^${name}-\\d+\\.ts$`).test(file)) rmSync(join(dir, file));
  const literals = partLiterals(payload);
  literals.forEach((literal, i) => {
    writeFileSync(join(dir, `${name}-${i}.ts`), `${header}\nexport default function part(): string {\n  return ${literal};\n}\n`);
  });
  const names = literals.map((_, i) => `part${i}`);
  return {
    imports: names.map((n, i) => `import ${n} from './${name}-${i}.js';`).join('\n'),
    joined: names.map((n) => `${n}()`).join(' + '),
  };
}
