import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// `seedlens map seeds --out` opened in headless Chromium: it renders with no console error and
// asks nothing of the network. Debian's chromium (see apps/vscode's end-to-end test); skipped without it.
const CHROMIUM = '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');
const root = join(here, '..', '..', '..');

describe.skipIf(!existsSync(CHROMIUM))('the map page in Chromium', () => {
  it('renders with no console error and no network request, and lists a place’s articles on click', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seedlens-map-browser-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const out = join(dir, 'map.html');
      const result = spawnSync(process.execPath, [bin, 'map', 'seeds', '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, SEEDLENS_CACHE_DIR: join(dir, 'cache') } });
      expect(result.status).toBe(0);
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ colorScheme });
        const problems: string[] = [];
        const requests: string[] = [];
        page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(String(e)));
        page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
        await page.goto(pathToFileURL(out).href);
        expect(await page.locator('.place').count()).toBeGreaterThan(20);
        await page.locator('.place[data-id="place:bern"]').click();
        expect(await page.locator('#panel h2').textContent()).toMatch(/^Bern/);
        expect(await page.locator('#panel a').first().getAttribute('href')).toMatch(/seeds\/00\d_[0-9a-f]+\.txt$/);
        expect(problems).toEqual([]);
        expect(requests).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
