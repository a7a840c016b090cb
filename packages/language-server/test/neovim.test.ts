// Neovim as a real third-party LSP client of the built server (headless).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, seedWorkspace } from './lsp-process.js';

const here = dirname(fileURLToPath(import.meta.url));
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
if (!hasNvim) console.warn('test/neovim.test.ts skipped: `nvim` is not installed (apt-get install -y neovim)');

describe.skipIf(!hasNvim)('Neovim as client', () => {
  const workspace = seedWorkspace();
  afterAll(() => workspace.dispose());

  it('hovers Gerasimov in 004 and jumps to his first mention', () => {
    const files = readdirSync(workspace.root).sort();
    const article = join(workspace.root, files.find((f) => f.startsWith('004'))!);
    const out = join(workspace.root, '..', 'nvim-result.json');
    const script = join(here, 'neovim', 'lsp.lua');
    // pcall(dofile) so that even a Lua error quits instead of leaving headless nvim waiting.
    const run = spawnSync(
      'timeout',
      ['90', 'nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `lua local ok, e = pcall(dofile, '${script}') if not ok then io.stderr:write(tostring(e) .. '\\n') vim.cmd('cquit 2') end`],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          SEEDLENS_BIN: BIN,
          SEEDLENS_WS: workspace.root,
          SEEDLENS_FILE: article,
          SEEDLENS_NEEDLE: 'Dunford and Gerasimov',
          SEEDLENS_DELTA: String('Dunford and G'.length),
          SEEDLENS_OUT: out,
          SEEDLENS_CACHE_DIR: workspace.cache,
        },
        timeout: 100_000,
      },
    );
    expect(existsSync(out), `nvim wrote no result (exit ${run.status}): ${run.stderr}`).toBe(true);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.log, JSON.stringify(result.log)).toEqual([]);
    expect(run.status).toBe(0);
    expect(result.indexed.articles).toBe(files.length);
    expect(result.hover.contents.value).toContain('**Valery Gerasimov**');
    expect(result.hover.contents.value).toContain('Mentioned in 4 articles');
    const location = result.definition[0] ?? result.definition;
    // The first mention is in the earliest article: 004, the only seed dated (by its text).
    expect(location.uri).toMatch(/\/004_[^/]*\.txt$/);
    expect(result.jumped.file).toMatch(/^004_/);
    expect(result.jumped.line).toBe(location.range.start.line);
    const line = readFileSync(join(workspace.root, result.jumped.file), 'utf8').split('\n')[result.jumped.line]!;
    const mention = line.slice(location.range.start.character, location.range.end.character);
    expect(mention).toMatch(/Gerasimov$/);
    // the cursor landed on the mention's first word
    expect(mention.startsWith(result.jumped.word)).toBe(true);
  }, 120_000);
});
