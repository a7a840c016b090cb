import { describe, expect, it } from 'vitest';
import { articleDate, type ArticleDateOptions } from './article-date.js';
import { readSource } from './read-source.js';

const date = (text: string, options: ArticleDateOptions = {}) => articleDate(readSource(text), options);
const brief = (text: string, options: ArticleDateOptions = {}) => {
  const d = date(text, options);
  return `${d.dct} ${d.dctSource}`;
};

const HEADED = 'Chiefs meet in Bern\nPublished: 18 December 2019\nThe top officers met on Wednesday.';

describe('articleDate: which source wins', () => {
  it('a date given wins over everything found, and front matter over what is found', () => {
    const fronted = `---\ndate: 2019-12-20\n---\n${HEADED}`;
    expect(brief(fronted, { dct: '2021-09-10', path: '2018-01-01-x.txt' })).toBe('2021-09-10 option');
    expect(brief(fronted, { path: '2018-01-01-x.txt' })).toBe('2019-12-20 front-matter');
    expect(date(fronted)).toMatchObject({ dctConfidence: 1, dctEvidence: { text: '2019-12-20' } });
  });

  it("'none' turns finding off: no DCT even with a header, a file name and front matter", () => {
    expect(date(`---\ndate: 2019-12-20\n---\n${HEADED}`, { dct: 'none', path: '2018-01-01-x.txt' })).toEqual({ dct: null, dctSource: null, dctConfidence: 0 });
  });

  it('then the file name, the header, the text', () => {
    expect(brief(HEADED, { path: 'news/2019-12-18-bern.txt' })).toBe('2019-12-18 file-name');
    expect(brief(HEADED, { path: 'news/bern.txt' })).toBe('2019-12-18 header');
    expect(brief('Chiefs meet\nThe chiefs met in Bern, Switzerland, Dec. 18, 2019.')).toBe('2019-12-18 text');
  });

  it('is null, never a guess, where nothing gives a full date', () => {
    for (const text of [
      'Chiefs meet\nThe chiefs met in Baku on Thursday, as they did back in October.',
      'Chiefs meet\nThey had not met since January 2014, and talks in 2016 failed.',
      'PRESS DIGEST - Indonesian newspapers - August 30.\nFollowing is a summary of stories.',
      '',
    ]) {
      expect(date(text, { path: 'seeds/000_30df4f1c3cbc473d.txt' })).toEqual({ dct: null, dctSource: null, dctConfidence: 0 });
    }
  });
});

describe('articleDate: confidence', () => {
  it('rises where sources agree and falls where they differ', () => {
    const alone = date(HEADED, { path: 'bern.txt' }).dctConfidence;
    const agreed = date(HEADED, { path: '2019-12-18-bern.txt' }).dctConfidence;
    const differing = date(HEADED, { path: '2019-12-20-bern.txt' });
    expect(agreed).toBeGreaterThan(date('Chiefs meet\nNo date.', { path: '2019-12-18-bern.txt' }).dctConfidence);
    expect(differing).toMatchObject({ dct: '2019-12-20', dctSource: 'file-name' });
    expect(differing.dctConfidence).toBeLessThan(agreed);
    expect(alone).toBeGreaterThan(date('Chiefs meet\nThe chiefs met in Bern, Dec. 18, 2019.').dctConfidence);
  });

  it('is higher for a text date that "today" or its own weekday agrees with, lower when the weekdays differ', () => {
    const today = date('Chiefs meet\nThe chiefs met in Bern, Dec. 18, 2019. Today they spoke again.');
    const wednesday = date('Chiefs meet\nThe chiefs met in Bern, Dec. 18, 2019. On Wednesday they spoke.');
    const plain = date('Chiefs meet\nThe chiefs met in Bern, Dec. 18, 2019.');
    const friday = date('Chiefs meet\nThe chiefs met in Bern, Dec. 18, 2019. On Friday they spoke.');
    expect(today.dctEvidence).toMatchObject({ text: 'Dec. 18, 2019', agreeing: ['Today'] });
    expect(wednesday.dctEvidence?.agreeing).toEqual(['Wednesday']);
    expect(friday.dctEvidence?.disagreeing).toEqual(['Friday']);
    expect(today.dctConfidence).toBeGreaterThan(plain.dctConfidence);
    expect(plain.dctConfidence).toBeGreaterThan(friday.dctConfidence);
  });
});

describe('articleDate: header dates that need help', () => {
  it('takes a dateline year from the folder, else from the opening', () => {
    const text = 'Chiefs meet\nBERN, Dec. 18 (Reuters) - The chiefs met on Wednesday.';
    expect(brief(text, { path: 'reuters/2019/12/bern.txt' })).toBe('2019-12-18 header');
    expect(brief(`${text} They last met in February 2017 and in 2019.`)).toBe('2019-12-18 header');
    expect(brief(text)).toBe('null null');
  });

  it('settles 03/04/2017 by a weekday written with it, else reads it US style and is less sure', () => {
    expect(brief('Title\nPublished: Monday 03/04/2017\nText.')).toBe('2017-04-03 header');
    expect(brief('Title\nPublished: Saturday 03/04/2017\nText.')).toBe('2017-03-04 header');
    const unsettled = date('Title\nBy Ann Lee | 03/04/2017\nText.');
    expect(unsettled.dct).toBe('2017-03-04');
    expect(unsettled.dctConfidence).toBeLessThan(date('Title\nBy Ann Lee | 16/02/2017\nText.').dctConfidence);
  });

  it('skips a full date in a sentence about the future', () => {
    expect(brief('Chiefs meet\nThe chiefs met in Bern on Dec. 18, 2019. The truce will expire on Jan. 31, 2020.')).toBe('2019-12-18 text');
  });

  it('reads the first article of a digest only', () => {
    const digest = 'First story\nThe chiefs met in Baku.\nSource: The Duran\n\nSecond story\nPublished on Sep 25, 2015 by Inessa\nText.';
    expect(brief(digest)).toBe('null null');
  });
});
