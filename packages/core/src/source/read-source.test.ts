import { describe, expect, it } from 'vitest';
import { readSource } from './read-source.js';

describe('readSource', () => {
  it('removes a byte-order mark and keeps CRLF line endings as they are', () => {
    const source = readSource('\uFEFFLine one.\r\nLine two.\r\n');
    expect(source.hadBom).toBe(true);
    expect(source.text).toBe('Line one.\r\nLine two.\r\n');
  });

  it('reads YAML front matter and its date as the document creation time', () => {
    const text = '---\ntitle: "Chiefs meet"\ndate: 2017-02-16\nsource: The Duran\nurl: https://example.org/a\n---\nBody text.\n';
    const { frontMatter } = readSource(text);
    expect(frontMatter).toMatchObject({ start: 0, title: 'Chiefs meet', date: '2017-02-16', source: 'The Duran', url: 'https://example.org/a' });
    expect(text.slice(frontMatter!.end)).toBe('Body text.\n');
  });

  it('reads flat headers and full YAML alike', () => {
    const fields = (header: string) => readSource(`---\n${header}\n---\nBody`).frontMatter!.fields;
    expect(fields('title: "Baku: the talks"\nsource: \'The Duran\'\ndate: 2017-02-16')).toEqual({ title: 'Baku: the talks', source: 'The Duran', date: '2017-02-16' });
    // Values YAML reads as something other than the text as written take the yaml parser.
    expect(fields('count: 0x1F\nflag: true\nnote: "a\\tb"')).toEqual({ count: '31', flag: 'true', note: 'a\tb' });
    expect(fields('tags:\n  - war\ntitle: Chiefs # meeting')).toEqual({ title: 'Chiefs' });
  });

  it('treats malformed front matter as a header without fields, and a lone rule as text', () => {
    expect(readSource('---\n: : [\n---\nBody').frontMatter).toMatchObject({ fields: {} });
    expect(readSource('No header\n---\nrule').frontMatter).toBeNull();
  });

  it('splits a digest into articles at each "Source:" line', () => {
    const text = 'First headline\nBody one.\nSource: National Interest\n\nSecond headline\nBody two.\n';
    const { sections } = readSource(text);
    expect(sections.map((s) => [s.title, s.source])).toEqual([
      ['First headline', 'National Interest'],
      ['Second headline', undefined],
    ]);
    expect(sections[1]!.end).toBe(text.length);
  });

  it('marks site chrome as furniture, line by line', () => {
    const lines = ['in ,', 'Real news about Baku.', 'Help us grow. Support The Duran on Patreon!', 'What do you think?', 'Notify of', 'View all comments', 'Another post title (VIDEO)'];
    const text = lines.join('\r\n');
    const furniture = readSource(text).furniture.map((r) => text.slice(r.start, r.end));
    expect(furniture).toEqual(['in ,', 'Help us grow. Support The Duran on Patreon!', 'What do you think?', 'Notify of', 'View all comments', 'Another post title (VIDEO)']);
  });

  it('handles empty text', () => {
    const source = readSource('');
    expect(source.text).toBe('');
    expect(source.sections).toHaveLength(1);
    expect(source.furniture).toEqual([]);
  });
});

describe('section titles', () => {
  it('skip site chrome above the headline', () => {
    expect(readSource('in ,\n\nNo boots on the ground\nBody.').sections[0]!.title).toBe('No boots on the ground');
  });
});
