import { describe, expect, it } from 'vitest';
import { marked } from '../../test/marked.js';
import { findNames } from './find-names.js';

// Labels: person, organization, or a place kind (country, city, region, water, continent, other).
function expectNames(source: string) {
  const { text, spans } = marked(source);
  const found = findNames(text, [])
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ start: m.start, end: m.end, text: m.text, label: m.kind }));
  expect(found).toEqual(spans);
}

describe('findNames', () => {
  it('gives each name the fields of its mention, a role only where a title stood, and a known place its id', () => {
    const names = findNames('Gen. Valery Gerasimov met Joe Dunford in Baku.', []);
    expect(names.map((n) => Object.keys(n))).toEqual([
      ['start', 'end', 'text', 'type', 'kind', 'entityId', 'role'],
      ['start', 'end', 'text', 'type', 'kind', 'entityId'],
      ['start', 'end', 'text', 'type', 'kind', 'entityId'],
    ]);
    expect(names.map((n) => n.entityId)).toEqual(['', '', 'place:baku']);
  });

  it('splits titles and ranks off into the role', () => {
    const names = findNames('The talks were led by Army Gen. Mark A. Milley and Russian Foreign Minister Sergey Lavrov.', []);
    expect(names.map((n) => [n.text, n.role])).toEqual([
      ['Mark A. Milley', 'Army Gen.'],
      ['Sergey Lavrov', 'Foreign Minister'],
    ]);
  });

  it('reads wire copy: headlines in capitals, bylines and datelines', () => {
    expectNames('SOCCER - [JAPAN|country] BEAT [CHINA|country] IN ASIAN CUP .\n\n[AL-AIN|city] , [United Arab Emirates|country] 1996-12-06\n\n[Peter Blackburn|person]\n');
    expectNames('Talks go on\n[BEIRUT|city], [Lebanon|country] ([AP|organization]) — The talks went on.');
  });

  it('takes a name with its country after a comma as a city, but not an apposition', () => {
    expectNames('Talks in [Qardaha|city], [Syria|country], on Friday. [Lavrov|person], [Russia|country]’s envoy, came. Since the Cold War, [U.S.|country] officials have talked.');
  });

  it('names no actor for peoples, faiths, blocs and inhabitants', () => {
    expectNames('The Kurds and the Turks met; Sunni and Muslim leaders, Soviet tanks and Western envoys watched, as did Berliners in [Berlin|city].');
  });

  it('takes unknown words after "of" as a person, unless they start at a known place', () => {
    expectNames('It is no longer the state of [Kemal Ataturk|person]. Fighting hit the district of [Daraa al-Balad|other] again.');
  });

  it('takes a state’s formal name as a country, and a part of a text as no name', () => {
    const names = findNames('Putin spoke of the Islamic Emirate of Afghanistan, then of Article V of the treaty.', []);
    expect(names.find((n) => n.text === 'Islamic Emirate of Afghanistan')).toMatchObject({ type: 'place', kind: 'country' });
    expect(names.find((n) => n.text.startsWith('Article'))).toBeUndefined();
  });

  it('takes a common word capitalized in one place, and written in lower case in another, as no organization', () => {
    const names = findNames('Moscow planned a pivot to the East. Before 2014, the Pivot was about trade.', []);
    expect(names.find((n) => n.text === 'Pivot')).toBeUndefined();
  });

  it('takes an other name that owns something as an actor, but not a people', () => {
    const names = findNames('Moscow watched the Taliban’s seizure of power. The French’s view differed.', []);
    expect(names.find((n) => n.text === 'Taliban')).toMatchObject({ type: 'actor' });
    expect(names.find((n) => n.text === 'French')).toBeUndefined();
  });

  it('starts a name of its own after a prefix that was cut off', () => {
    expectNames('Some of the illogicality of Western anti-[Russia|country] moves was plain.');
  });

  it('takes a given name and an initial as a person, with the initial’s period', () => {
    expectNames('The video was originally provided by [Inessa S.|person] The press ignored it.');
  });

  it('keeps a country before an organization as its own place', () => {
    expectNames('A statement from the [US|country] [Department of Defense|organization] said so.');
  });

  it('keeps the title or rank written before a person as the role', () => {
    // People only: what else the sentence holds is for the tests above.
    const people = (source: string) => {
      const { text, spans } = marked(source);
      const found = findNames(text, []).filter((m) => m.kind === 'person');
      expect(found.map((m) => ({ start: m.start, end: m.end, text: m.text, label: m.kind }))).toEqual(spans);
      return found.map((m) => [m.text, m.role]);
    };
    expect(people('Army Gen. [Mark A. Milley|person] spoke.')).toEqual([['Mark A. Milley', 'Army Gen.']]);
    expect(people('Foreign Minister [Sergey Lavrov|person] spoke.')).toEqual([['Sergey Lavrov', 'Foreign Minister']]);
    expect(people('The chairman, Army Gen. [Mark A. Milley|person], met Foreign Minister [Sergey Lavrov|person] and [Vladimir Putin|person].')).toEqual([
      ['Mark A. Milley', 'Army Gen.'],
      ['Sergey Lavrov', 'Foreign Minister'],
      ['Vladimir Putin', undefined],
    ]);
  });

  it('finds no name in a blocked range', () => {
    const text = 'Lavrov met Tillerson in Manila on Monday.';
    expect(findNames(text, []).map((m) => m.text)).toEqual(['Lavrov', 'Tillerson', 'Manila']);
    const manila = text.indexOf('Manila');
    expect(findNames(text, [{ start: manila, end: manila + 6 }]).map((m) => m.text)).toEqual(['Lavrov', 'Tillerson']);
    expect(findNames(text, [{ start: 0, end: text.length }])).toEqual([]);
  });

  it('finds numbered military units in lower case', () => {
    expectNames('Fighters of the [8th brigade|organization] and the [5th assault corps|organization] left [Idlib|city].');
  });

  it('drops a nationality word before a service rank and a titled name', () => {
    const names = findNames('He met Russian Army Gen. Valery Gerasimov today.', []);
    expect(names.map((n) => [n.text, n.kind, n.role])).toEqual([['Valery Gerasimov', 'person', 'Army Gen.']]);
  });

  it('keeps a nationality word inside the organization it opens, but not before an acronym or a country', () => {
    expectNames('Talks went on.\nThe [Syrian Democratic Forces|organization] and the [Ukrainian Parliament|organization] spoke; the Palestinian [U.N.|organization] envoy and [US|country] [Department of Defense|organization] officials did not.');
  });

    it('takes no service before a title for an organization: it is part of the rank', () => {
    expectNames('The talks were led by Army Gen. [Mark A. Milley|person] and Navy Adm. [Michael Gilday|person].');
  });

  it('leaves a possessive ending outside the name', () => {
    expectNames('It was [Dunford|person]’s meeting, and [Dunford|person]\'s idea, said [Joe Dunford|person].');
  });

  it('finds two people, or two places, in a hyphenated pair', () => {
    expectNames('Little is known about the [Dunford|person]-[Gerasimov|person] meeting, wrote [Joe Dunford|person] and [Valery Gerasimov|person].');
    expectNames('Since then [US|country]-[Russia|country] relations have cooled.');
  });

  it('reads dotted country abbreviations', () => {
    expectNames('Relations between the [U.S.|country] and [Russia|country] — and [U. S.|country] officials — were tense.');
  });

  it('does not take nationality words or sentence-initial common words for names', () => {
    expectNames('Russian troops stayed. American officials agreed. However, [Syria|country] objected.');
  });

  it('sees names inside curly quotes and after em dashes', () => {
    expectNames('“[Moscow|city] is ready,” he said — [Turkey|country] was not.');
  });

  it('takes the name from a modifier ("Trump administration", "NATO-like")', () => {
    expectNames('The [Trump|person] administration wants a [NATO|organization]-like coalition.');
    expectNames('Critics of the [Obama|person] administration spoke.');
  });

  it('recognizes organizations by their head words and acronyms', () => {
    expectNames('The [Ministry of Defence|organization] told [Reuters|organization] and [CNN|organization] that [Congress|organization] had voted.');
  });

  it('takes a country the tagger left out for a place', () => {
    expectNames('Talks in [Qardaha|city], [Syria|country], on Friday.');
  });

  it('drops a function word that opens a sentence, and a name of it alone', () => {
    expectNames('Then [Gerasimov|person] left. Little is known.');
  });

  it('never makes a mention of a line of capitals or of a word of hundreds of letters', () => {
    expect(findNames(`${'Abc '.repeat(200)}.`, []).every((m) => m.text.split(' ').length <= 20)).toBe(true);
    expect(findNames(`Met ${'A'.repeat(200)} today.`, [])).toEqual([]);
  });

  it('does not name ships or events', () => {
    expectNames('The destroyer USS Ross entered the [Black Sea|water] after the Cuban Missile Crisis.');
  });
});
