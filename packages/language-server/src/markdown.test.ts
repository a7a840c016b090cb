import { describe, expect, it } from 'vitest';
import { escapeMarkdown, linkDestination } from './markdown.js';

describe('escapeMarkdown', () => {
  it('leaves letters, digits and spaces alone', () => {
    expect(escapeMarkdown('Valery Gerasimov 2017')).toBe('Valery Gerasimov 2017');
  });

  it('neutralizes links, command URIs, HTML and emphasis', () => {
    const out = escapeMarkdown('[click](command:workbench.action.quit) <img src=x> *bold* `code`');
    expect(out).toBe('\\[click\\]\\(command\\:workbench\\.action\\.quit\\) \\<img src\\=x\\> \\*bold\\* \\`code\\`');
    // no unescaped markdown syntax character survives
    expect(out.replace(/\\./g, '')).not.toMatch(/[[\]()<>*`]/);
  });

  it('shows control characters, ESC and BEL among them, as text', () => {
    expect(escapeMarkdown('\u001b]0;pwned\u0007Headline')).toBe('\\\\x1b\\]0\\;pwned\\\\x07Headline');
  });

  it('puts text on one line', () => {
    expect(escapeMarkdown('a\n\n# b\r\nc')).toBe('a \\# b c');
  });
});

describe('linkDestination', () => {
  it('encodes characters that would end a link destination', () => {
    expect(linkDestination('file:///a b/(x).txt')).toBe('file:///a%20b/%28x%29.txt');
  });
});
