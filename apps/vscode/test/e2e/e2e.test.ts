/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The packaged extension in a real VS Code (code-server) driven by Chromium: an article of the
 * seed folder shows actors, places and dates in three colours, hovers name the entity, and
 * "Go to Related Article" opens another article. Installs what it needs on first run (see
 * code-server.ts); screenshots and the code-server log go to test/e2e/out/.
 * Run alone with `npm run test:e2e` (after `npx tsup`).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPoint } from '@seedlens/map';
import { APP, CHROMIUM, ensureChromium, ensureCodeServer, groupAlive, groupProcesses, packageExtension, startCodeServer, type CodeServer } from './code-server.js';

const OUT = join(APP, 'test/e2e/out');
const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
/** The seed article that names all three (the caption of a photo of the meeting in Bern). */
const ARTICLE = seedFiles.find((f) => /Gerasimov[^\n]*Bern[^\n]*Dec\. 18, 2019/.test(readFileSync(join(SEEDS, f), 'utf8')));

const timings: Array<[string, number]> = [];
async function timed<T>(label: string, task: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await task();
  } finally {
    timings.push([label, Date.now() - started]);
  }
}

let runDir: string;
let workspace: string;
let server: CodeServer | undefined;
let context: BrowserContext | undefined;
let page: Page;

/** Runs a check; on failure keeps a screenshot of the page as it was. */
async function check(name: string, task: () => Promise<void>): Promise<void> {
  try {
    await timed(name, task);
  } catch (error) {
    await page?.screenshot({ path: join(OUT, `fail-${name}.png`) }).catch(() => undefined);
    throw error;
  }
}

const editorLines = '.editor-group-container.active .monaco-editor .view-line';
const editorSpans = `${editorLines} span span`;
/** The line of the article that names all three (its view-line, where the checks look). */
// \s, not a space: Monaco renders spaces as no-break spaces, which Playwright's regex filters see as they are.
const CAPTION = /Gerasimov.*Bern.*Dec\.\s18,\s2019/;

/** Picks a colour theme the way a user does: Preferences: Color Theme, then its name. */
async function setColorTheme(theme: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>Preferences: Color Theme');
  // Not "Preferences: Browse Color Themes in Marketplace", which has no network here.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: /Preferences: Color Theme(?!s)/ }).first().click();
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function runCommand(title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>seedlens: ${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function openFile(name: string, text: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: text }).first().waitFor();
}

/**
 * A high-contrast theme's border colours as the webview in `frame` computes them (rgb()), after
 * checking that the theme gives both: a mark is compared with these, never with an unset variable.
 */
async function contrastColours(frame: Frame): Promise<{ border: string; activeBorder: string }> {
  const colours = await frame.evaluate(() => {
    const declared = (variable: string) => getComputedStyle(document.body).getPropertyValue(variable).trim();
    const computed = (variable: string) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${variable})`;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    return {
      declared: [declared('--vscode-contrastBorder'), declared('--vscode-contrastActiveBorder')],
      border: computed('--vscode-contrastBorder'),
      activeBorder: computed('--vscode-contrastActiveBorder'),
    };
  });
  expect(colours.declared.every((value) => value !== '')).toBe(true);
  expect(colours.border).not.toBe(colours.activeBorder);
  for (const colour of [colours.border, colours.activeBorder]) expect(colour).not.toMatch(/^(transparent|rgba\(.*, 0\))$/);
  return { border: colours.border, activeBorder: colours.activeBorder };
}

/** The first frame (webviews nest two deep) whose page passes `test`. */
async function frameWhere(test: (frame: Frame) => Promise<boolean>, timeoutMs: number): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) if (await test(frame).catch(() => false)) return frame;
    if (Date.now() > deadline) throw new Error('no frame found');
    await page.waitForTimeout(250);
  }
}

beforeAll(async () => {
  expect(ARTICLE, 'a seed article naming Gerasimov, Bern and Dec. 18, 2019 on one line').toBeDefined();
  mkdirSync(OUT, { recursive: true });
  runDir = mkdtempSync(join(tmpdir(), 'seedlens-e2e-'));
  await timed('install chromium (if missing)', ensureChromium);
  const binary = await timed('install code-server (if missing)', ensureCodeServer);
  const vsix = join(runDir, 'seedlens.vsix');
  await timed('package .vsix', () => packageExtension(vsix));

  workspace = join(runDir, 'workspace');
  cpSync(SEEDS, join(workspace, 'seeds'), { recursive: true });
  // A text file outside the article folders: it must stay plain text.
  mkdirSync(join(workspace, 'notes'));
  writeFileSync(join(workspace, 'notes', 'todo.txt'), 'Call Valery Gerasimov in Bern about Dec. 18, 2019.\n');

  server = await timed('install .vsix + start code-server', () => startCodeServer({ binary, vsix, runDir, logFile: join(OUT, 'code-server.log') }));
  context = await chromium.launchPersistentContext(join(runDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1920, height: 1080 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60_000);
  await timed('open workbench', async () => {
    await page.goto(`${server!.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
  });
});

afterAll(async () => {
  let alive = false;
  try {
    await context?.close().catch(() => undefined);
    if (server) {
      await server.stop();
      // killed processes leave the group once reaped, a moment later
      alive = groupAlive(server.pid);
      for (let i = 0; alive && i < 50; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        alive = groupAlive(server.pid);
      }
    }
  } finally {
    if (runDir) rmSync(runDir, { recursive: true, force: true });
    console.log(`seedlens e2e timings:\n${timings.map(([label, ms]) => `  ${label}: ${(ms / 1000).toFixed(1)} s`).join('\n')}`);
  }
  expect(alive, `processes of group ${server?.pid} still run after stop`).toBe(false);
});

describe('seedlens in code-server', () => {
  it('colours an actor, a place and a date of a seed article in three different colours', async () => {
    await check('colours', async () => {
      await openFile(ARTICLE!, 'Dec. 18, 2019');
      // Semantic tokens split the line into spans of their own; wait until those have their colours.
      const colours = await page
        .waitForFunction(
          ({ selector, caption }) => {
            // Monaco renders spaces as no-break spaces.
            const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ');
            const line = [...document.querySelectorAll(selector)].find((l) => new RegExp(caption).test(text(l)));
            const spans = line ? [...line.querySelectorAll('span span')] : [];
            const colour = (re: RegExp) => {
              const span = spans.find((s) => re.test(text(s)));
              return span && getComputedStyle(span).color;
            };
            const found = { actor: colour(/^(Valery )?Gerasimov$/), place: colour(/^Bern$/), date: colour(/^Dec\. 18, 2019$/), plain: colour(/\bmeets with\b/) };
            return found.actor && found.place && found.date && new Set(Object.values(found)).size === 4 ? found : null;
          },
          { selector: editorLines, caption: CAPTION.source },
          { timeout: 60_000 },
        )
        .then((handle) => handle.jsonValue());
      console.log('seedlens e2e colours:', JSON.stringify(colours));
      await page.screenshot({ path: join(OUT, '1-colours.png') });
      expect(colours).not.toBeNull();
      expect(new Set([colours!.actor, colours!.place, colours!.date, colours!.plain]).size).toBe(4);
    });
  });

  it('hovers "Gerasimov" with what is known of Valery Gerasimov', async () => {
    await check('hover', async () => {
      const word = page.locator(editorLines, { hasText: CAPTION }).locator('span span').filter({ hasText: /^(Valery\s)?Gerasimov$/ }).first();
      const hover = page.locator('.monaco-hover-content').filter({ hasText: 'Valery Gerasimov' }).first();
      for (let i = 0; i < 20 && !(await hover.isVisible()); i++) {
        // measured each time: the code lens appearing above the article shifts every line down
        const box = await word.boundingBox();
        expect(box).not.toBeNull();
        await page.mouse.move(box!.x - 40, box!.y - 30);
        await page.mouse.move(box!.x + box!.width - 8, box!.y + box!.height / 2, { steps: 4 });
        await hover.waitFor({ state: 'visible', timeout: 1500 }).catch(() => undefined);
      }
      const text = await hover.innerText();
      await page.screenshot({ path: join(OUT, '2-hover.png') });
      expect(text).toContain('Valery Gerasimov');
      expect(text).toMatch(/Mentioned in \d+ articles?/);
      await page.keyboard.press('Escape');
    });
  });

  it('shows the corpus size in the status bar and the entities in the Explorer', async () => {
    await check('status-and-entities', async () => {
      const status = page.locator('.statusbar-item', { hasText: / articles · \d+\+? entities/ }).first();
      await status.waitFor();
      expect(await status.innerText()).toContain(`${seedFiles.length} articles`);
      const header = page.locator('.pane-header', { hasText: 'Entities' }).first();
      await header.waitFor();
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      await page.locator('.monaco-list-row', { hasText: 'Actors' }).first().waitFor();
      const row = page.locator('.monaco-list-row', { hasText: 'Valery Gerasimov' }).first();
      await row.waitFor();
      expect(await row.innerText()).toMatch(/person · \d+ mentions in \d+ articles/);
      await page.screenshot({ path: join(OUT, '3-status-and-entities.png') });
    });
  });

  it('"Go to Related Article" lists related articles and opens the chosen one', async () => {
    await check('related', async () => {
      await page.locator(editorLines, { hasText: CAPTION }).locator('span span').filter({ hasText: /^Bern$/ }).first().click();
      await runCommand('Go to Related Article');
      const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'score' }).first();
      await pick.waitFor();
      const picked = await pick.innerText();
      await page.screenshot({ path: join(OUT, '4-related-pick.png') });
      expect(picked).toMatch(/score \d/);
      await page.keyboard.press('Enter');
      const others = seedFiles.filter((f) => f !== ARTICLE);
      await page.waitForFunction(
        (names) => {
          const label = document.querySelector('.tab.active')?.getAttribute('aria-label') ?? '';
          return names.some((name) => label.includes(name));
        },
        others,
        { timeout: 30_000 },
      );
      const opened = await page.locator('.tab.active').first().getAttribute('aria-label');
      await page.screenshot({ path: join(OUT, '5-related-opened.png') });
      expect(others.some((name) => opened?.includes(name))).toBe(true);
    });
  });

  it('"Show Timeline" shows the dated mentions of the corpus in a webview', async () => {
    await check('timeline', async () => {
      await runCommand('Show Timeline');
      const frame = await frameWhere(async (f) => (await f.locator('h1').first().textContent({ timeout: 500 })) === 'Timeline', 60_000);
      const years = await frame.locator('h2').allTextContents();
      const marks = await frame.locator('mark').count();
      await page.screenshot({ path: join(OUT, '6-timeline.png') });
      expect(years.filter((y) => /^\d{4}$/.test(y))).toEqual([...years.filter((y) => /^\d{4}$/.test(y))].sort());
      expect(years.length).toBeGreaterThan(0);
      expect(marks).toBeGreaterThan(0);
    });
  });

  it('"Show Map" draws Baku, Bern and Moscow where d3-geo projects them; a click lists a place\'s articles and opens one', async () => {
    await check('map', async () => {
      const mapFrame = () => frameWhere(async (f) => (await f.locator('h1').first().textContent({ timeout: 500 })) === 'Map', 60_000);
      await runCommand('Show Map');
      let frame = await mapFrame();
      for (const [id, where] of [['place:baku', [49.89, 40.38]], ['place:bern', [7.45, 46.95]], ['place:moscow', [37.62, 55.75]]] as const) {
        const circle = frame.locator(`.place[data-id="${id}"] circle`);
        const [x, y] = projectPoint(where);
        expect(Number(await circle.getAttribute('cx'))).toBeCloseTo(x, 0);
        expect(Number(await circle.getAttribute('cy'))).toBeCloseTo(y, 0);
      }
      // The map and the timeline chart in the light, dark and both high-contrast themes (a hidden
      // webview is drawn again when shown: each is looked up anew). In high contrast, marks are
      // outlined in the theme's contrast border and the focused one in its active contrast border.
      const themes: Array<[string, string, string]> = [
        ['light', 'Light Modern', 'body.vscode-light'],
        ['dark', 'Dark Modern', 'body.vscode-dark'],
        ['high-contrast', 'Dark High Contrast', 'body.vscode-high-contrast:not(.vscode-high-contrast-light)'],
        ['high-contrast-light', 'Light High Contrast', 'body.vscode-high-contrast-light'],
      ];
      for (const [name, theme, body] of themes) {
        await setColorTheme(theme);
        const map = await mapFrame();
        await map.locator(body).waitFor({ timeout: 30_000 });
        const highContrast = name.startsWith('high-contrast');
        if (highContrast) {
          await map.locator('.place[data-id="place:baku"]').focus();
          const colours = await contrastColours(map);
          const look = await map.evaluate(() => ({
            water: getComputedStyle(document.querySelector('.seedlens-map .sphere')!).fill,
            focused: getComputedStyle(document.querySelector('.place[data-id="place:baku"] circle')!).stroke,
            other: getComputedStyle(document.querySelector('.place[data-id="place:moscow"] circle')!).stroke,
            coast: getComputedStyle(document.querySelector('.seedlens-map .land')!).stroke,
          }));
          console.log(`seedlens e2e map in ${theme}:`, JSON.stringify({ ...colours, ...look }));
          expect(look.focused).toBe(colours.activeBorder);
          expect(look.other).toBe(colours.border);
          expect(look.coast).not.toBe('none');
          expect(look.coast).not.toBe(look.water);
          // A webview shown again gives the focus back to what had it, which would close the next quick input.
          await map.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        }
        await page.screenshot({ path: join(OUT, `9-map-${name}.png`) });
        await runCommand('Show Timeline');
        const timeline = await frameWhere(async (f) => (await f.locator('h1').first().textContent({ timeout: 500 })) === 'Timeline', 60_000);
        await timeline.locator(body).waitFor({ timeout: 30_000 });
        await timeline.locator('.chart .bar').first().waitFor();
        // The articles' own dates: ticks of their own, in another colour than the bars, in the legend.
        expect(await timeline.locator('.chart .dct').count()).toBeGreaterThan(0);
        expect(await timeline.locator('.legend').textContent()).toContain('Articles by their own date');
        const fills = await timeline.evaluate(() => ({
          bar: getComputedStyle(document.querySelector('.chart .bar rect.count')!).fill,
          tick: getComputedStyle(document.querySelector('.chart .dct rect.tick')!).fill,
        }));
        expect(fills.tick).not.toBe(fills.bar);
        // By the keyboard: focus an article tick, Enter filters the lists to its span, articles included.
        const tick = timeline.locator('.chart .dct').first();
        await tick.focus();
        if (highContrast) {
          const colours = await contrastColours(timeline);
          const look = await timeline.evaluate(() => ({
            focused: getComputedStyle(document.activeElement!.querySelector('rect.hit')!).stroke,
            bar: getComputedStyle(document.querySelector('.chart .bar rect.count')!).stroke,
            tick: getComputedStyle(document.querySelector('.chart .dct rect.tick')!).stroke,
          }));
          console.log(`seedlens e2e timeline in ${theme}:`, JSON.stringify({ ...colours, ...look }));
          expect(look.focused).toBe(colours.activeBorder);
          expect(look.bar).toBe(colours.border);
          expect(look.tick).toBe(colours.border);
        }
        await page.keyboard.press('Enter');
        await timeline.locator('#filter-status', { hasText: /dated then/ }).waitFor();
        await timeline.locator('#article-list li').first().waitFor();
        await page.screenshot({ path: join(OUT, `10-timeline-chart-${name}.png`) });
        await timeline.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await runCommand('Show Map');
        // Loaded before the next theme is picked: a webview that loads takes the focus, closing a quick input.
        await (await mapFrame()).locator('.place').first().waitFor();
      }
      await setColorTheme('Light Modern');
      frame = await mapFrame();
      await frame.locator('.place[data-id="place:baku"]').click();
      const articles = frame.locator('#panel button.article');
      await articles.first().waitFor();
      expect(await frame.locator('#panel h2').textContent()).toMatch(/^Baku\s*\d+ articles$/);
      const title = (await articles.first().getAttribute('title')) ?? '';
      const file = title.slice(title.lastIndexOf('/') + 1);
      expect(seedFiles).toContain(file);
      await articles.first().click();
      await page.locator('.tab.active', { hasText: file }).first().waitFor();
      await page.screenshot({ path: join(OUT, '11-map-opened.png') });
    });
  });

  it('starts the language server again when it crashes', async () => {
    await check('crash-restart', async () => {
      const before = groupProcesses(server!.pid, 'dist/server.cjs');
      expect(before).toHaveLength(1);
      process.kill(before[0]!, 'SIGKILL');
      const deadline = Date.now() + 30_000;
      let after: number[] = [];
      while (Date.now() < deadline) {
        after = groupProcesses(server!.pid, 'dist/server.cjs');
        if (after.length === 1 && after[0] !== before[0]) break;
        await page.waitForTimeout(250);
      }
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(before[0]);
      // the new server has the corpus again: the status bar says so, and "Go to Related Article" answers
      await page.locator('.statusbar-item', { hasText: `${seedFiles.length} articles` }).first().waitFor();
      // the timeline webview has the focus (and keeps keys to itself): go back to an article by its tab
      await page.locator('.tab', { hasText: ARTICLE! }).first().click();
      await runCommand('Go to Related Article');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'score' }).first().waitFor();
      await page.screenshot({ path: join(OUT, '7-after-crash.png') });
      await page.keyboard.press('Escape');
    });
  });

  it('leaves a .txt file outside the article folders plain', async () => {
    await check('not-an-article', async () => {
      await openFile('todo.txt', 'Call Valery Gerasimov');
      // The server is up and answers within a second for articles; give it three.
      await page.waitForTimeout(3000);
      const spans = (await page.locator(editorSpans).allTextContents()).map((t) => t.replace(/\s+/g, ' '));
      await page.screenshot({ path: join(OUT, '8-not-an-article.png') });
      expect(spans.join('')).toContain('Call Valery Gerasimov in Bern');
      // one span for the whole line: no token split it
      expect(spans.filter((t) => /Gerasimov|Bern|2019/.test(t))).toEqual(['Call Valery Gerasimov in Bern about Dec. 18, 2019.']);
    });
  });
});
