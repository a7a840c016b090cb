#!/usr/bin/env -S npx tsx
/**
 * Trains the name tagger and writes the weights that @seedlens/core ships (model/names.slnm).
 *
 *   npm run train -w @seedlens/core [-- --epochs N --seed N --shared PATH --out FILE --quick]
 *
 * Reads the corpora of ../shared/train (CoNLL-2003 train, its headlines also in title case; wikigold;
 * re3d), turned into text with
 * character spans by shared/tools/conll-to-jsonl.mjs so that the tagger learns on the tokens its
 * own tokenizer makes from text, as at run time. Prints figures on the CoNLL-2003 development
 * split (shared/gold/conll2003-dev.jsonl) at the end; it never trains on it.
 * Same data, options and code → byte-identical weights.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameTokens } from '../src/names/find-names.js';
import { titleCaseHeadline } from '../src/names/tagger/title-case.js';
import { demonymOf, isServiceWord, isTitleWord } from '../src/names/word-facts.js';
import { extractFeatures } from '../src/names/tagger/features.js';
import { labelTokens, type CharSpan } from '../src/names/tagger/align.js';
import { averageWeights, train, type TrainingArticle } from '../src/names/tagger/perceptron.js';
import { encodeModel, NameModel } from '../src/names/tagger/name-model.js';
import { decodeArticle } from '../src/names/tagger/decode.js';
import { tagsToSpans, NAME_TYPES, type NameType } from '../src/names/tagger/labels.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const quick = args.includes('--quick');
const shared = resolve(option('shared', join(here, '..', '..', '..', '..', 'shared')));
const out = resolve(option('out', join(here, '..', 'model', 'names.slnm')));
const epochs = Number(option('epochs', quick ? '2' : '10'));
const seed = Number(option('seed', '1'));
const wordDropout = Number(option('word-dropout', '0.25'));
const ensemble = Number(option('ensemble', quick ? '1' : '5'));
// Weights smaller than this many quantization steps are dropped (see name-model.ts).
const prune = Number(option('prune', '1'));

const LABELS: Record<string, NameType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

interface Doc {
  id: string;
  text: string;
  names: CharSpan[];
}

function convert(source: string, name: string, prefix: string): Doc[] {
  const dir = mkdtempSync(join(tmpdir(), 'seedlens-train-'));
  try {
    execFileSync(process.execPath, [join(shared, 'tools', 'conll-to-jsonl.mjs'), join(shared, 'train', source), dir, name, prefix], { stdio: 'ignore' });
    return readJsonl(join(dir, `${name}.jsonl`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readJsonl(path: string): Doc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; entities: { start: number; end: number; label: string }[] })
    .map((d) => ({ id: d.id, text: d.text, names: d.entities.filter((e) => LABELS[e.label]).map((e) => ({ start: e.start, end: e.end, type: LABELS[e.label]! })) }));
}

/**
 * re3d (defence and security texts) annotates titles, nationality words and determiners inside
 * names ("Iraqi President Fuad Masum"); the annotation guide keeps them out. Its files are read
 * through the same converter, and each name is trimmed to its capitalized core.
 */
const RE3D_LABELS: Record<string, string> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', Nationality: 'MISC' };
function readRe3d(): Doc[] {
  const root = join(shared, 'train', 're3d');
  const files = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'LICENSES')
    .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.conll')).sort().map((f) => join(root, d.name, f)))
    .sort();
  const dir = mkdtempSync(join(tmpdir(), 'seedlens-re3d-'));
  try {
    const lines: string[] = [];
    for (const file of files) {
      lines.push('-DOCSTART- O', '');
      for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
        const [token, label] = line.split('\t');
        if (!token || !label) {
          lines.push('');
          continue;
        }
        const m = /^([BI])-(\w+)$/.exec(label);
        lines.push(`${token} ${m && RE3D_LABELS[m[2]!] ? `${m[1]}-${RE3D_LABELS[m[2]!]}` : 'O'}`);
      }
    }
    writeFileSync(join(dir, 're3d.conll'), lines.join('\n'));
    execFileSync(process.execPath, [join(shared, 'tools', 'conll-to-jsonl.mjs'), join(dir, 're3d.conll'), dir, 're3d', 're3d-'], { stdio: 'ignore' });
    return readJsonl(join(dir, 're3d.jsonl')).map((d) => ({ ...d, names: d.names.flatMap((n) => trimName(d.text, n)) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The name without leading determiners, titles and nationality words, nor lower-case words at either end. */
function trimName(text: string, name: CharSpan): CharSpan[] {
  const words = [...text.slice(name.start, name.end).matchAll(/\S+/g)].map((m) => ({ start: name.start + m.index, end: name.start + m.index + m[0].length, text: m[0] }));
  const weak = (w: { text: string }, leading: boolean) =>
    !/^\p{Lu}/u.test(w.text) || (leading && (w.text === 'The' || (name.type !== 'other' && (isTitleWord(w.text) || isServiceWord(w.text) || /^\p{Lu}\p{Ll}{0,3}\.$/u.test(w.text) || (demonymOf(w.text) !== undefined && words.length > 1)))));
  while (words.length > 0 && weak(words[0]!, true)) words.shift();
  while (words.length > 0 && weak(words[words.length - 1]!, false)) words.pop();
  return words.length === 0 ? [] : [{ start: words[0]!.start, end: words[words.length - 1]!.end, type: name.type }];
}

const tokensOf = (text: string) => nameTokens(text);

function toArticles(docs: Doc[]): { articles: TrainingArticle[]; dropped: number; names: number } {
  let dropped = 0;
  let names = 0;
  const articles = docs.map((d) => {
    const tokens = tokensOf(d.text);
    const { eligible } = extractFeatures(tokens);
    const labelled = labelTokens(tokens, eligible, d.names);
    dropped += labelled.dropped;
    names += d.names.length;
    return { tokens, tags: labelled.tags };
  });
  return { articles, dropped, names };
}

const started = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

const conllTrain = convert('conll2003/eng.train', 'conll2003-train', 'train-');
const sources: Doc[] = [
  ...conllTrain,
  // Each headline in capitals also in title case, as today's news writes them (see title-case.ts).
  ...conllTrain.flatMap((d) => {
    const titled = titleCaseHeadline(d);
    return titled ? [{ id: `${d.id}-title-case`, ...titled }] : [];
  }),
  ...convert('wikigold/wikigold.conll.txt', 'wikigold', 'wikigold-'),
  ...(args.includes('--no-re3d') ? [] : readRe3d()),
];
const trainingDocs = quick ? sources.slice(0, 100) : sources;
const { articles, dropped, names } = toArticles(trainingDocs);
log(`${articles.length} articles, ${articles.reduce((n, a) => n + a.tokens.length, 0)} tokens, ${names} names (${dropped} not learnable as tokens stand)`);

// Each member of the ensemble visits the articles in its own order (seed, seed + 1, …).
const members = Array.from({ length: ensemble }, (_, k) =>
  train(articles, { epochs, seed: seed + k, wordDropout, onEpoch: (e, err) => log(`${ensemble > 1 ? `model ${k + 1}, ` : ''}epoch ${e}: ${(err * 100).toFixed(2)}% of eligible tokens wrong`) }),
);
const weights = members.length === 1 ? members[0]! : averageWeights(members);
const bytes = encodeModel(weights, { minSteps: prune });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
log(`wrote ${out}: ${bytes.length} bytes, ${weights.features.size} features before pruning`);

// Figures on the development split: exact spans, MISC ignored where a prediction overlaps it.
const model = new NameModel(bytes);
const dev = readJsonl(join(shared, 'gold', 'conll2003-dev.jsonl'));
const count = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (k: string, f: 'tp' | 'fp' | 'fn') => {
  const c = count.get(k) ?? { tp: 0, fp: 0, fn: 0 };
  c[f]++;
  count.set(k, c);
};
const group = (t: NameType) => (t === 'place' ? 'place' : 'actor');
for (const d of dev) {
  const tokens = tokensOf(d.text);
  const features = extractFeatures(tokens);
  const tags = decodeArticle(tokens, features, model);
  const predicted = tagsToSpans(tags).map((s) => {
    let end = tokens[s.last]!.end;
    const last = tokens[s.last]!.text;
    if (/['’]s$/.test(last)) end -= 2;
    return { start: tokens[s.first]!.start, end, type: NAME_TYPES[s.type]! };
  });
  const gold = d.names.filter((n) => n.type !== 'other');
  const misc = d.names.filter((n) => n.type === 'other');
  const key = (s: CharSpan) => `${s.start}:${s.end}`;
  const goldByKey = new Map(gold.map((g) => [key(g), g]));
  const matched = new Set<string>();
  for (const p of predicted) {
    if (p.type === 'other') continue;
    const g = goldByKey.get(key(p));
    if (!g && misc.some((m) => m.start < p.end && p.start < m.end)) continue;
    for (const [k, same] of [[group(p.type), g && group(g.type) === group(p.type)], [p.type, g && g.type === p.type], ['overall', g && group(g.type) === group(p.type)]] as const) {
      if (same) bump(k, 'tp');
      else bump(k, 'fp');
    }
    if (g && group(g.type) === group(p.type)) matched.add(key(g));
    if (g && g.type === p.type) matched.add(`${key(g)}:kind`);
  }
  for (const g of gold) {
    if (!matched.has(key(g))) {
      bump(group(g.type), 'fn');
      bump('overall', 'fn');
    }
    if (!matched.has(`${key(g)}:kind`)) bump(g.type, 'fn');
  }
}
const f1 = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
log(`CoNLL-2003 dev, exact spans: ${['overall', 'actor', 'place', 'person', 'organization'].map((k) => `${k} F1 ${(f1(count.get(k) ?? { tp: 0, fp: 0, fn: 1 }) * 100).toFixed(1)}`).join(', ')}`);
