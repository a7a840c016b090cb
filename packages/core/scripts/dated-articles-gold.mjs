#!/usr/bin/env node
// Writes the folder of dated articles (test/dated-articles/) as the scorer reads it: the plain
// texts (marks removed, same relative paths, so that dates in file names stay) and a gold file in
// the scorer's dates format, with each file's true DCT. Then, for example:
//
//   node packages/core/scripts/dated-articles-gold.mjs /tmp/dated
//   node ../shared/tools/score.mjs /tmp/dated/gold.jsonl <(node packages/cli/dist/bin.js extract /tmp/dated/texts)
//
// and, with the true DCTs given, one file at a time (dcts.tsv: path, DCT or none):
//
//   while IFS=$'\t' read -r f d; do node packages/cli/dist/bin.js extract --dct "$d" "$f"; done < /tmp/dated/dcts.tsv
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = process.argv[2];
if (!out) {
  console.error('usage: node dated-articles-gold.mjs OUTDIR');
  process.exit(2);
}
const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'dated-articles');
const answers = JSON.parse(readFileSync(join(folder, 'answers.json'), 'utf8'));
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));

const gold = [];
const dcts = [];
for (const file of files(folder)) {
  const path = relative(folder, file).split('\\').join('/');
  const marked = readFileSync(file, 'utf8');
  let text = '';
  let last = 0;
  const entities = [];
  for (const m of marked.matchAll(/\{([^|{}]+)\|([^{}]+)\}/g)) {
    text += marked.slice(last, m.index);
    const [value] = m[1].split(' ');
    entities.push({ start: text.length, end: text.length + m[2].length, label: 'DATE', value });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const target = join(out, 'texts', path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  gold.push({ id: basename(path, '.txt'), text, dct: answers[path].dct, entities });
  dcts.push(`${target}\t${answers[path].dct ?? 'none'}`);
}
writeFileSync(join(out, 'gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
writeFileSync(join(out, 'dcts.tsv'), dcts.join('\n') + '\n');
console.log(`${gold.length} articles, ${gold.reduce((n, g) => n + g.entities.length, 0)} dates → ${out}`);
