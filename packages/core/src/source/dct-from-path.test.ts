import { describe, expect, it } from 'vitest';
import { dctFromPath } from './dct-from-path.js';

const day = (path: string) => {
  const d = dctFromPath(path);
  return d?.day === undefined ? null : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')} ${d.text}`;
};

describe('dctFromPath', () => {
  it.each([
    ['AP_20130322.txt', '2013-03-22 20130322'],
    ['news/2019-12-18-bern-meeting.txt', '2019-12-18 2019-12-18'],
    ['20171216_talks_in_baku.txt', '2017-12-16 20171216'],
    ['archive/2019/12/18/bern.txt', '2019-12-18 2019/12/18'],
    ['file:///home/me/news/2019/12/18/bern.txt', '2019-12-18 2019/12/18'],
    ['C:\\news\\2019_12_18_bern.txt', '2019-12-18 2019_12_18'],
    ['reuters-18-Dec-2019.txt', '2019-12-18 18-Dec-2019'],
    ['2019-dec-18.txt', '2019-12-18 2019-dec-18'],
    ['18.12.2019 Bern.txt', '2019-12-18 18.12.2019'],
    ['12-18-2019.txt', '2019-12-18 12-18-2019'],
    ['AFP20130322T1405.txt', '2013-03-22 AFP20130322T1405'],
    // The date nearest the file name wins over a folder's.
    ['2018/01/01/2019-12-18-bern.txt', '2019-12-18 2019-12-18'],
  ])('%s → %s', (path, expected) => expect(day(path)).toBe(expected));

  it.each([
    'seeds/000_30df4f1c3cbc473d.txt', // a hash
    'testa-001.txt',
    'photo-191218-D-HD608-0004.txt', // an id with a date-like run
    'report-20191332.txt', // no 13th month
    'v2.0.1-notes.txt',
    '03-04-2019.txt', // day and month could be either way round
    'the-1960s.txt',
  ])('no full date in %s', (path) => expect(day(path)).toBeNull());

  it('gives a year or month that only narrows other evidence', () => {
    expect(dctFromPath('news/2019/12/bern.txt')).toEqual({ year: 2019, month: 12, text: '2019/12' });
    expect(dctFromPath('reuters-1996-summary.txt')).toEqual({ year: 1996, text: '1996' });
  });

  it('reads only the file name and the three folders above it', () => {
    expect(dctFromPath('/backup-2015-01-01/a/b/c/d/article.txt')).toBeNull();
  });
});
