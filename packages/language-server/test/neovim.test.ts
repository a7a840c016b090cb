// Neovim as a real third-party LSP client (headless), set up exactly as the README says: its
// init.lua is the README's Neovim 0.7–0.10 block as written, which starts `seedlens-language-server`
// from PATH (here the checkout's node_modules/.bin, where npm linked the committed bin/ entry).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { seedWorkspace } from './lsp-process.js';

const here = dirname(fileURLToPath(import.meta.url));
const README = join(here, '..', 'README.md');
const BIN_DIR = join(here, '..', '..', '..', 'node_modules', '.bin');
const MARKER = '<!-- neovim-0.7-setup:';

/** The ```lua block that follows the README's neovim-0.7-setup marker, as written. */
function readmeNeovimSetup(readme = readFileSync(README, 'utf8')): string {
  const at = readme.indexOf(MARKER);
  if (at < 0) throw new Error(`README.md has no ${MARKER} marker`);
  const block = /^```lua\n([\s\S]*?)^```$/m.exec(readme.slice(at));
  if (!block || readme.slice(at, at + block.index).split('\n').length > 3) throw new Error('no ```lua block right after the neovim-0.7-setup marker');
  return block[1]!;
}

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
if (!hasNvim) console.warn('test/neovim.test.ts skipped: `nvim` is not installed (apt-get install -y neovim)');

describe('the README setup for Neovim 0.7–0.10', () => {
  it('is plain Neovim 0.7 Lua: no vim.fs, no vim.lsp.start, no nvim-lspconfig', () => {
    const setup = readmeNeovimSetup();
    expect(setup).toContain('vim.lsp.start_client(');
    expect(setup).toContain("cmd = { 'seedlens-language-server', '--stdio' }");
    expect(setup).not.toMatch(/vim\.fs\b|vim\.lsp\.start\(|lspconfig|vim\.lsp\.config/);
  });
});

describe.skipIf(!hasNvim)('Neovim as client, with the README setup', () => {
  const workspace = seedWorkspace();
  afterAll(() => workspace.dispose());

  it('attaches to an article, hovers Gerasimov in 004 and jumps to his first mention', () => {
    const files = readdirSync(workspace.root).sort();
    // The project folder is found by its .seedlens marker, from a Neovim started elsewhere.
    writeFileSync(join(workspace.root, '.seedlens'), '');
    const config = join(workspace.root, '..', 'nvim-config');
    mkdirSync(config, { recursive: true });
    const init = join(config, 'init.lua');
    writeFileSync(init, readmeNeovimSetup());
    const article = join(workspace.root, files.find((f) => f.startsWith('004'))!);
    const out = join(workspace.root, '..', 'nvim-result.json');
    const driver = join(here, 'neovim', 'lsp.lua');
    // pcall(dofile) so that even a Lua error quits instead of leaving headless nvim waiting.
    const run = spawnSync(
      'timeout',
      ['90', 'nvim', '--headless', '-u', init, '-i', 'NONE', '-n', '-c', `lua local ok, e = pcall(dofile, '${driver}') if not ok then io.stderr:write(tostring(e) .. '\\n') vim.cmd('cquit 2') end`],
      {
        cwd: config,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `${BIN_DIR}${delimiter}${process.env.PATH ?? ''}`,
          XDG_CONFIG_HOME: join(config, 'xdg-config'),
          XDG_DATA_HOME: join(config, 'xdg-data'),
          XDG_STATE_HOME: join(config, 'xdg-state'),
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
    expect(result.log, `${JSON.stringify(result.log)}\nnvim stderr: ${run.stderr}`).toEqual([]);
    expect(run.status).toBe(0);
    expect(result.filetype).toBe('text');
    expect(result.client.cmd).toEqual(['seedlens-language-server', '--stdio']);
    expect(result.client.root_dir).toBe(workspace.root);
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
    // the article jumped to got the same server (one per project folder), with the setup's mappings
    expect(result.jumped.client).toBe(true);
    expect(result.clients).toBe(1);
    expect(result.mapped_k).toBe(true);
  }, 120_000);
});
