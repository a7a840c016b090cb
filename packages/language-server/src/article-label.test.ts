import { Corpus } from '@seedlens/query';
import { describe, expect, it } from 'vitest';
import { articleLabel, fileStem } from './article-label.js';

describe('fileStem', () => {
  it('takes the file name without its extension', () => {
    expect(fileStem('file:///news/000_30df4f1c.txt')).toBe('000_30df4f1c');
    expect(fileStem('file:///news/a%20b.txt')).toBe('a b');
    expect(fileStem('untitled:Untitled-1')).toBe('Untitled-1');
  });
});

describe('articleLabel', () => {
  it('shortens to the leading part when it is unique in the corpus', () => {
    const corpus = new Corpus();
    for (const name of ['000_30df4f1c', '001_7637d0e0', 'the_guardian_2019', 'the_times_2020']) corpus.upsert(`file:///n/${name}.txt`, 'Talks in Baku.');
    expect(articleLabel(corpus, 'file:///n/000_30df4f1c.txt')).toBe('000');
    expect(articleLabel(corpus, 'file:///n/the_times_2020.txt')).toBe('the_times_2020');
    corpus.upsert('file:///n/000-copy.txt', 'Talks in Baku.');
    expect(articleLabel(corpus, 'file:///n/000_30df4f1c.txt')).toBe('000_30df4f1c');
  });
});
