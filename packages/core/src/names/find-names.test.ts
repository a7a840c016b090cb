import { describe, expect, it } from 'vitest';
import { marked } from '../../test/marked.js';
import { findNames } from './find-names.js';

// Labels: person, organization, or a place kind (country, city, region, water, continent, other).
function expectNames(source: string) {
  const { text, spans } = marked(source);
  const found = findNames(text, []).map((m) => ({ start: m.start, end: m.end, text: m.text, label: m.kind }));
  expect(found).toEqual(spans);
}

describe('findNames', () => {
  it('splits titles and ranks off into the role', () => {
    const names = findNames('The talks were led by Army Gen. Mark A. Milley and Russian Foreign Minister Sergey Lavrov.', []);
    expect(names.map((n) => [n.text, n.role])).toEqual([
      ['Mark A. Milley', 'Army Gen.'],
      ['Sergey Lavrov', 'Foreign Minister'],
    ]);
  });

  it('reads wire copy: headlines in capitals, bylines and datelines', () => {
    expectNames('SOCCER - [JAPAN|country] GET LUCKY WIN , [CHINA|country] IN SURPRISE DEFEAT .\n\n[AL-AIN|city] , [United Arab Emirates|country] 1996-12-06\n\n[Peter Blackburn|person]\n');
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

  it('keeps a country before an organization as its own place', () => {
    expectNames('A statement from the [US|country] [Department of Defense|organization] said so.');
  });

  it('drops a nationality word before a service rank and a titled name', () => {
    const names = findNames('He met Russian Army Gen. Valery Gerasimov today.', []);
    expect(names.map((n) => [n.text, n.kind, n.role])).toEqual([['Valery Gerasimov', 'person', 'Army Gen.']]);
  });

  it('keeps a nationality word that is part of an organization name', () => {
    expectNames('He met the chief of the [Russian General Staff|organization] in [Baku|city].');
  });

  it('leaves a possessive ending outside the name', () => {
    expectNames('It was [Dunford|person]’s meeting, and [Dunford|person]\'s idea, said [Joe Dunford|person].');
  });

  it('finds two people in a hyphenated pair', () => {
    expectNames('Little is known about the [Dunford|person]-[Gerasimov|person] meeting, wrote [Joe Dunford|person] and [Valery Gerasimov|person].');
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
  });

  it('recognizes organizations by their head words and acronyms', () => {
    expectNames('The [Syrian Observatory for Human Rights|organization] told [CNN|organization] that [Congress|organization] had voted.');
  });

  it('does not name ships or events', () => {
    expectNames('The destroyer USS Ross entered the [Black Sea|water] after the Cuban Missile Crisis.');
  });
});
