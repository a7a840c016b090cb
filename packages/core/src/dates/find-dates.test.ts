import { describe, expect, it } from 'vitest';
import { expectDates, parseFixture } from './fixture.js';
import { findDates } from './find-dates.js';

describe('fixture notation', () => {
  it('strips marks and keeps offsets', () => {
    expect(parseFixture('in {2014|2014} and {XXXX-10|October}.')).toEqual({
      text: 'in 2014 and October.',
      expected: ['3:2014=2014', '12:October=XXXX-10'],
    });
  });
});

describe('absolute dates keep the written granularity', () => {
  it.each([
    'Talks began in {2017-02|February 2017} in Baku.',
    'They met in Bern, Switzerland, {2019-12-18|Dec. 18, 2019}. Photo by Army Sgt.',
    'Published on {2015-09-25|Sep 25, 2015} by Inessa.',
    'The observatory reported {XXXX-09-07|Sept. 7} that a woman died.',
    'Ghani fled Kabul on {XXXX-08-15|15 August}, and on {XXXX-09-23|September 23} he spoke.',
    'A change took place on {XXXX-09-18|September 18th} when he called.',
    'It put forward on {XXXX-09-03|Friday, Sept. 3}, a plan.',
    'Since {2014-01|January 2014} (ie. before the crisis) and in {2021-05|May 2021}.',
    'The file {2019-12-18|2019-12-18} and the form {2019-12-18|12/18/2019}.',
    // Every all-digit shape, each behind the gate of numbers joined to a number or a month.
    'Filed {2019-12-18|2019 Dec 18}, due {2020-05|05/2020}, dated {2019-12-18|2019.12.18}, {2019-12-18|18.12.2019} and {2019-12-18|2019/12/18}.',
  ])('%s', (marked) => expectDates(marked));
});

describe('bare years', () => {
  it.each([
    'Tensions spiked again in {2014|2014} when Russia annexed Crimea.',
    'The {1991|1991} Soviet breakup and the post-{1991|1991} efforts.',
    'Conquest of America, [{2006|2006}] is the source. Copyright {2015|2015} Creators.com.',
    'At the Valdai Discussion Club {2014|2014} he said. In {2015|2015}, Turkey shot down a jet.',
    'The {2018|2018} “reconciliation” agreements and the {2016|2016} elections.',
    'Seasons like {2014|2014}–{2015|2015} are long.',
  ])('%s', (marked) => expectDates(marked));

  it.each([
    'The 2000 troops crossed 1500 km of desert.',
    'It cost $2014, or €1999 with tax.',
    'Call 555-2014 or 202 555 2014 today.'.replace('today', 'soon'),
    'Photo 191218-D-HD608-0004 shows the 1,000 men.',
    'Article 2014 and Resolution 2015 passed with 2,014 votes and 12.2014 percent.',
    'About 1200 people and 1750 soldiers joined.',
  ])('no year in: %s', (text) => expect(findDates(text, null)).toEqual([]));
});

describe('decades, centuries, seasons', () => {
  it.each([
    'Even in {198|the 1980s}, we had a red phone; in {196 START|the early 1960s} too.',
    'Back in {198|the ’80s}, not in his 40s.',
    'A defining process of {20|the twenty-first century} and {19|the 20th century}.',
    'Opposition groups in {2018-SU|the summer of 2018} and {2019-SP|spring 2019}.',
  ])('%s', (marked) => expectDates(marked));
});

describe('modifiers', () => {
  it.each([
    'Protests in Kyiv in {2014 END|late 2014}; they had not met since {2014 START|early 2014}.',
    'Build-up in the media in {XXXX-08 MID|mid-August}, and jobs beginning {1960 APPROX|around 1960}.',
    'By {2014 END|the end of 2014} and {2016 MID|mid-2016}.',
  ])('%s', (marked) => expectDates(marked));
});

describe('weekdays and parts of day', () => {
  it.each([
    'Military leaders met in Baku on {XXXX-WXX-4|Thursday}.',
    'On {XXXX-08-31TEV|the evening of Tuesday, Aug. 31}, a cease-fire was reached.',
    'On {XXXX-WXX-7TMO|Sunday at dawn}, factions attacked.',
    'He {XXXX-WXX-7TMO|Sunday morning} left; they sat down on the sun deck.',
  ])('%s', (marked) => expectDates(marked));
});

describe('month names that are not dates', () => {
  it.each([
    'It may rain. May I ask? Troops march in. The August heat. August Wilson wrote plays.',
    'Protesters will March on the capital.',
  ])('%s', (text) => expect(findDates(text, null)).toEqual([]));

  it('keeps months after a preposition', () => {
    expectDates('Attacks in {XXXX-05|May of this year} and {XXXX-02|February this year}; back in {XXXX-10|October} Dunford spoke.');
    expectDates('Nothing changed since {XXXX-05|May}, and by {XXXX-03|March} it may end.');
  });

  it('keeps a homograph month beside a day, a year or "of"', () => {
    expectDates('Talks on {XXXX-05-05|May 5} and {XXXX-03-05|5 March}, the {XXXX-06-05|fifth of June}. The {2014-04|April 2014} talks. Talks of {2014-08|August of 2014}.');
  });

  it('opens no window for a run of homograph months', () => {
    expect(findDates('May May May March June April August May '.repeat(200), null)).toEqual([]);
  });
});

describe('durations and frequencies are not dates', () => {
  it.each([
    'for months, two years, seven decades, a quarter century',
    'over the last two years, the past three years, the last few days',
    'in recent months, in recent days, the coming months',
    'daily, on an almost daily basis, one day we will win',
    'the 8th brigade, the 5th assault corps, the 30th anniversary, Article V, 12 members',
    '50 surface-to-surface missiles over one thousand kilometers at 5 pm',
  ])('%s', (text) => expect(findDates(text, null)).toEqual([]));
});

describe('deictic dates without a DCT', () => {
  it.each([
    'Meetings took place {PRESENT_REF|today}; {PRESENT_REF|now} developed; {PRESENT_REF|currently} limited.',
    'Challenges may develop {PRESENT_REF|this year}. {PRESENT_REF|Today}’s meeting was first.',
    'Contacts worked in {PAST_REF|the past}; Putin {PAST_REF|recently} said; approval {PAST_REF|last month}.',
    '{PAST_REF|Yesterday} I talked; a delegation came {PAST_REF|last week}, {PAST_REF|exactly 10 years ago}.',
    'Plans for {FUTURE_REF|the future}; {FUTURE_REF|tomorrow} they join. {FUTURE_REF|The year ahead} could bring war.',
  ])('%s', (marked) => expectDates(marked));
});

describe('resolution against a DCT', () => {
  const dct = '2021-09-10'; // a Friday
  it.each([
    'Approved {2021-08|last month}, {2021-09-09|yesterday} and {2021-09-10|today}, {PRESENT_REF|now}.',
    'They met on {2021-09-09|Thursday} and will meet {2021-09-16|next Thursday}; {2021-09-03|last Friday} too.',
    // A past event in a month after the DCT's is in the year before: never in the article's future.
    'Milley took office in {2020-10|October}; attacks in {2021-05|May of this year}; {2021|this year}; {2020|last year}.',
    'He {PAST_REF|recently} came, {2021-W35|last week}, {2011|exactly 10 years ago}, {2021-08-31|10 days ago}.',
    'On {2021-09-05TMO|Sunday at dawn} and {2021-09-09TNI|last night}. The vote is on {2021-09-23|September 23}.',
    'Still {2014|2014} and {198|the 1980s}.',
  ])('%s', (marked) => expectDates(marked, dct));

  it('resolves across a year boundary', () => {
    expectDates('Sales fell {2021-12|last month} and {2021-W51|last week}, {2021-12-31|yesterday}.', '2022-01-01');
  });
});

describe('dates without a year or week resolve in the direction of their clause', () => {
  const dct = '2017-02-16'; // a Thursday
  it.each([
    // The case: looking back from February, October is last year's.
    'In an interview for Politico back in {2016-10|October} Dunford disclosed the plan.',
    'He was appointed on {2016-12-20|Dec. 20} and met Gerasimov on {2017-02-16|Thursday}.',
    'The meeting on {2017-02-10|Friday} was cordial, officials said.',
    // Looking ahead: the next such month or weekday, on or after the DCT.
    'The two will meet again in {2018-01|January}, and talks will resume on {2017-02-18|Saturday}.',
    'Elections are scheduled for {2017-10|October}; the vote is expected to close on {2017-02-16|Thursday}.',
    // No tense: the DCT's year, the latest weekday on or before it.
    'The {2017-10|October} deadline and the {2017-02-16|Thursday} summit.',
    // Said in the past about the future: the verb nearest the date decides.
    'Officials said the chiefs will meet on {2017-02-20|Monday}.',
  ])('%s', (marked) => expectDates(marked, dct));

  it('changes nothing without a DCT', () => {
    expectDates('Back in {XXXX-10|October} he said they will meet on {XXXX-WXX-1|Monday}.');
  });
});

describe('typography and line endings', () => {
  it.each([
    '“In {2014|2014},” he said — in {2015-06|June 2015} — and later.',
    'Signed {2019-12-18|Dec. 18, 2019}\r\nThe meeting on\r\n{XXXX-WXX-1|Monday} was brief.\r\n',
    '‘{2018|2018}’ and ({2011|2011}) and {2015|2015}—{2016|2016}.',
  ])('%s', (marked) => expectDates(marked));
});

describe('output contract', () => {
  it('is sorted and never overlapping, offsets inside the text', () => {
    const text = 'In late 2014, on Sunday at dawn, the summer of 2018 and 2018, today and now. '.repeat(20);
    const dates = findDates(text, '2021-09-10');
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i]!;
      expect(d.start).toBeLessThan(d.end);
      expect(d.end).toBeLessThanOrEqual(text.length);
      if (i > 0) expect(d.start).toBeGreaterThanOrEqual(dates[i - 1]!.end);
    }
    expect(dates.length).toBe(120);
  });

  it('stays linear on pathological input', () => {
    const t0 = performance.now();
    for (const s of ['1'.repeat(200_000), '.'.repeat(200_000), 'A'.repeat(200_000), '2014 '.repeat(40_000)]) findDates(s, null);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
