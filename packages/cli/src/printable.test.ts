import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { printable, printableJson } from './printable.js';
import { memoryIo } from './test-fixtures.js';

const ESC = '\u001b';
const BEL = '\u0007';

describe('printable', () => {
  it('shows C0 controls, DEL and C1 controls as \\xNN and leaves the rest alone', () => {
    expect(printable(`${ESC}]0;pwned${BEL}${ESC}[2JHeadline`)).toBe('\\x1b]0;pwned\\x07\\x1b[2JHeadline');
    expect(printable('a\tb\r\nc\u007fd\u0085e\u009bf\u0000')).toBe('a\\x09b\\x0d\\x0ac\\x7fd\\x85e\\x9bf\\x00');
    expect(printable('Gerasimov – Герасимов, 格拉西莫夫 ✓ é\u00a0')).toBe('Gerasimov – Герасимов, 格拉西莫夫 ✓ é\u00a0');
  });

  it('keeps JSON exact: what is parsed back is the string written', () => {
    const value = { title: `${ESC}[2J\u007f\u0085\u009b“quoted”\\`, n: 1 };
    const line = printableJson(value);
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toContain('\\u001b[2J\\u007f\\u0085\\u009b');
    expect(JSON.parse(line)).toEqual(value);
  });
});

// Issue 13, item 2: an article whose title and file name carry terminal escape sequences.
describe('what the commands print from hostile articles', () => {
  let dir: string;
  const hostileName = `b${ESC}[31mred.txt`;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seedlens-printable-'));
    mkdirSync(join(dir, 'e'));
    writeFileSync(join(dir, 'e', 'a.txt'), `${ESC}]0;pwned${BEL}${ESC}[2JHeadline\nGeneral Valery Gerasimov met Joe Dunford in Baku on 3 March 2017.\n`);
    writeFileSync(join(dir, 'e', hostileName), `Talks ${ESC}]8;;https://x.example${ESC}\\\\link${ESC}]8;;${ESC}\\\\\nGeneral Gera${BEL}simov met Joe Dunford in Baku on 3 March 2017.\n`);
    writeFileSync(join(dir, 'e', `c${ESC}[2J.txt`), Buffer.from([0x41, 0, 0x42]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const e = () => join(dir, 'e');
  const commands = (): string[][] => [
    ['report', e()],
    ['query', 'baku', e()],
    ['related', join(e(), 'a.txt'), e()],
    ['timeline', e()],
    ['entities', e()],
    ['extract', '--format', 'table', e()],
  ];

  it.each([false, true])('writes no control character but its own colours (colour %s)', async (color) => {
    for (const argv of commands()) {
      const run = memoryIo(color);
      await main([...argv, '--no-cache'].filter((a) => !(argv[0] === 'extract' && a === '--no-cache')), run.io);
      const out = run.stdout() + run.stderr();
      // The only escape sequences left are the colours the CLI paints with (SGR: ESC [ n m).
      expect(out.replace(/\u001b\[\d+m/g, ''), argv.join(' ')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(out, argv.join(' ')).not.toMatch(/\u001b\][08]/);
    }
  });

  it('shows them visibly instead: the title, the file names and the messages on stderr', async () => {
    const report = memoryIo();
    await main(['report', e(), '--no-cache'], report.io);
    expect(report.stdout()).toContain('\\x1b]0;pwned\\x07\\x1b[2JHeadline');
    expect(report.stdout()).toContain('b\\x1b[31mred.txt');
    expect(report.stderr()).toBe(`seedlens: ${join(e(), 'c\\x1b[2J.txt')}: binary file (contains NUL bytes)\n`);
    const table = memoryIo();
    await main(['extract', '--format', 'table', join(e(), 'a.txt')], table.io);
    expect(table.stdout()).toMatch(/^.*a\.txt\n {2}\\x1b\]0;pwned\\x07\\x1b\[2JHeadline\n/);
  });

  it('keeps --json and JSON lines exact', async () => {
    const report = memoryIo();
    await main(['report', e(), '--no-cache', '--json'], report.io);
    const json = JSON.parse(report.stdout()) as { articles: Array<{ file: string; title: string }> };
    expect(json.articles.map((a) => a.title)).toContain(`${ESC}]0;pwned${BEL}${ESC}[2JHeadline`);
    expect(json.articles.some((a) => a.file.endsWith(`${join('e', hostileName)}`))).toBe(true);
    const lines = memoryIo();
    await main(['extract', join(e(), hostileName)], lines.io);
    expect(JSON.parse(lines.stdout()).file).toBe(join(e(), hostileName));
  });

  it('shows a query as it was typed, with the caret under the right character', async () => {
    const run = memoryIo();
    expect(await main(['query', `${ESC}[2J (a`, join(e(), 'a.txt'), '--no-cache'], run.io)).toBe(2);
    const [, echo, caret] = run.stderr().split('\n');
    expect(echo).toBe('  \\x1b[2J (a');
    expect(caret!.indexOf('^')).toBe(echo!.indexOf('('));
  });
});
