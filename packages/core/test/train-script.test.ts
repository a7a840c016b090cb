import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NameModel } from '../src/names/tagger/name-model.js';

// The training script, end to end on a slice of the real corpora (`--quick`: 100 articles, two
// epochs): it reads ../shared/train, writes weights that load, and the same run twice writes the
// same bytes. The full training is `npm run train`; CI runs only this.
const shared = join(__dirname, '..', '..', '..', '..', 'shared');
const haveCorpora = existsSync(join(shared, 'train', 'conll2003', 'eng.train'));
const dir = mkdtempSync(join(tmpdir(), 'seedlens-train-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function trainQuick(out: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'scripts', 'train-tagger.ts'), '--quick', '--shared', shared, '--out', out], {
    cwd: join(__dirname, '..'),
    encoding: 'utf8',
  });
}

describe.skipIf(!haveCorpora)('npm run train (quick)', () => {
  it('writes weights that load, and prints development figures', () => {
    const log = trainQuick(join(dir, 'a.slnm'));
    expect(log).toMatch(/CoNLL-2003 dev, exact spans: overall F1 \d+\.\d/);
    const model = new NameModel(new Uint8Array(readFileSync(join(dir, 'a.slnm'))));
    expect(model.featureCount).toBeGreaterThan(1000);
  });

  it('writes the same bytes from the same data and seed', () => {
    trainQuick(join(dir, 'b.slnm'));
    expect(Buffer.compare(readFileSync(join(dir, 'a.slnm')), readFileSync(join(dir, 'b.slnm')))).toBe(0);
  });
});
