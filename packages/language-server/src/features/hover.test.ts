import { MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { ARTICLES, fixture, uriOf } from '../test-fixtures.js';
import { hover } from './hover.js';

const f = fixture({
  ...ARTICLES,
  e: 'Title [click](command:workbench.action.quit) <img src=x>\n\nGen. Valery Gerasimov spoke in Baku.\n',
  h: 'Chiefs meet in Bern\nPublished: 18 December 2019\nThe chiefs met on Wednesday, as they had back in October.\n',
  u: 'Chiefs meet\n\nThe chiefs met on Wednesday.\n',
});

function markdownAt(name: string, needle: string, options?: { nth?: number; delta?: number }): string {
  const result = hover(f.view, uriOf(name), f.at(name, needle, options));
  expect(result).not.toBeNull();
  expect(MarkupContent.is(result!.contents)).toBe(true);
  return (result!.contents as MarkupContent).value;
}

describe('hover', () => {
  it('names a person joined across articles, with kind, other names, role and counts', () => {
    const value = markdownAt('a', 'Gerasimov said', { delta: 3 });
    expect(value).toContain('**Valery Gerasimov**');
    expect(value).toContain('actor · person');
    expect(value).toMatch(/Also: .*Gerasimov/);
    expect(value).toContain('Valeriy Gerasimov');
    expect(value).toContain('Role: Gen\\.');
    expect(value).toContain('Mentioned in 4 articles');
    expect(value).toContain('(this article)');
  });

  it('covers the mention under the cursor', () => {
    const result = hover(f.view, uriOf('a'), f.at('a', 'Joe Dunford', { delta: 5 }))!;
    expect(f.textOf('a', result.range!)).toBe('Joe Dunford');
  });

  it('gives a date in words with its value', () => {
    const value = markdownAt('a', 'Feb. 16');
    expect(value).toContain('**16 February 2017**');
    expect(value).toContain('`2017-02-16`');
    const decade = markdownAt('b', 'the 1980s');
    expect(decade).toContain('**the 1980s**');
  });

  it("says on a date which date the article has, and where it was found, against which it resolves", () => {
    const header = markdownAt('h', 'October');
    expect(header).toContain('**October 2019**');
    expect(header).toContain('Article dated 18 Dec 2019, from the header');
    expect(markdownAt('h', 'Wednesday')).toContain('**18 December 2019**');
    expect(markdownAt('a', 'Feb. 16')).toContain('Article dated 16 Feb 2017, from the text');
    expect(markdownAt('b', 'last month')).toContain('Article dated 1 Mar 2017, from its front matter');
    expect(markdownAt('u', 'Wednesday')).toContain('Article undated: its relative dates stay open');
    // Not on actors and places.
    expect(markdownAt('h', 'Bern')).not.toContain('Article dated');
  });

  it('shows what articles say as text, never as links, HTML or commands', () => {
    const value = markdownAt('e', 'Gerasimov');
    expect(value).toContain('\\[click\\]\\(command\\:workbench\\.action\\.quit\\)');
    expect(value).not.toMatch(/\]\(command:/);
    expect(value).not.toMatch(/(?<!\\)<img/);
    // the only links are to articles
    const links = [...value.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^file:\/\/\/news\/[a-e]\.txt$/);
  });

  it('shows control characters in articles (ESC, BEL) as text, so they never reach a terminal', () => {
    const hostile = fixture({ x: '\u001b]0;pwned\u0007\u001b[2JHeadline\n\nGen. Valery Gerasimov met Joe Dunford in Baku.\n' });
    const value = (hover(hostile.view, uriOf('x'), hostile.at('x', 'Gerasimov'))!.contents as MarkupContent).value;
    expect(value).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(value).toContain('\\\\x1b\\]0\\;pwned\\\\x07\\\\x1b\\[2JHeadline');
  });

  it('answers null off a mention, for unknown articles and far-away positions', () => {
    expect(hover(f.view, uriOf('a'), f.at('a', 'Generals'))).toBeNull();
    expect(hover(f.view, uriOf('zzz'), { line: 0, character: 0 })).toBeNull();
    expect(hover(f.view, uriOf('a'), { line: 9999, character: 9999 })).toBeNull();
  });
});
