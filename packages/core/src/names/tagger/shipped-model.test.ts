import { describe, expect, it } from 'vitest';
import { marked } from '../../../test/marked.js';
import { tokenize } from '../../segment/tokenize.js';
import { trimAffixes } from '../affixes.js';
import { findNames } from '../find-names.js';
import { decodeArticle } from './decode.js';
import { extractFeatures } from './features.js';
import { ALLOWED, NAME_TYPES, TAG_COUNT, tagsToSpans } from './labels.js';
import { encodeModel, NameModel } from './name-model.js';
import { shippedModel } from './shipped-model.js';

// Labels: person, organization, or a place kind (country, city, region, water, continent, other).
function expectNames(source: string) {
  const { text, spans } = marked(source);
  const found = findNames(text, []).map((m) => ({ start: m.start, end: m.end, text: m.text, label: m.kind }));
  expect(found).toEqual(spans);
}

/** What the tagger alone finds, labelled with its four types (person, organization, place, other). */
function expectTags(source: string) {
  const { text, spans } = marked(source);
  const tokens = trimAffixes(tokenize(text), text);
  const tags = decodeArticle(tokens, extractFeatures(tokens), shippedModel());
  const found = tagsToSpans(tags).map((s) => {
    const start = tokens[s.first]!.start;
    const end = tokens[s.last]!.end;
    return { start, end, text: text.slice(start, end), label: NAME_TYPES[s.type]! };
  });
  expect(found).toEqual(spans);
}

describe('shippedModel', () => {
  it('loads the committed weights once', () => {
    const model = shippedModel();
    expect(shippedModel()).toBe(model);
    expect(model.featureCount).toBeGreaterThan(1000);
    expect(model.transitions).toHaveLength((TAG_COUNT + 1) ** 2);
    model.transitions.forEach((x, i) => expect(x === -Infinity, `transition ${i}`).toBe(ALLOWED[i] === 0));
  });

  it('tags people, organizations and places in news copy', () => {
    expectTags('The [European Union|organization] imposed new sanctions on [Iran|place], [Reuters|organization] reported.');
    expectTags('Officials from the [United Nations|organization] arrived in [Damascus|place] on Friday.');
  });

  it('finds people with their titles, and places, in a news sentence', () => {
    const { text, spans } = marked('Russian Foreign Minister [Sergei Lavrov|person] met [U.S.|country] Secretary of State [Rex Tillerson|person] in [Manila|city] on Monday.');
    const names = findNames(text, []);
    expect(names.map((m) => ({ start: m.start, end: m.end, text: m.text, label: m.kind }))).toEqual(spans);
    expect(names.filter((m) => m.kind === 'person').map((m) => [m.text, m.role])).toEqual([
      ['Sergei Lavrov', 'Foreign Minister'],
      ['Rex Tillerson', 'Secretary of State'],
    ]);
    expect(names.find((m) => m.text === 'Manila')?.entityId).toBe('place:manila');
  });

  it('finds a person named again by the surname alone', () => {
    expectNames('Foreign Minister [Sergei Lavrov|person] met [Rex Tillerson|person] in [Manila|city] on Monday. [Lavrov|person] said the talks were useful. [Tillerson|person] did not comment.');
  });

  it('finds organizations: a bloc, a news agency, an alliance, a seat of government', () => {
    expectNames('The [European Union|organization] imposed new sanctions on [Iran|country], [Reuters|organization] reported.');
    expectNames('[NATO|organization] Secretary General [Jens Stoltenberg|person] visited [Kabul|city] on Sunday.');
    expectNames('Turkish President [Tayyip Erdogan|person] spoke with [Vladimir Putin|person] by telephone, the [Kremlin|organization] said.');
  });

  it('keeps no state between articles', () => {
    const a = 'Minister Sergei Lavrov met Rex Tillerson in Manila. Lavrov said the talks went well.';
    const b = 'Tillerson is a company in Lavrov, a town near Manila. Lavrov Ltd said so.';
    const first = findNames(a, []);
    expect(first.length).toBeGreaterThan(0);
    expect(findNames(a, [])).toEqual(first);
    findNames(b, []);
    expect(findNames(a, [])).toEqual(first);
  });

  it('finds nothing in an empty text', () => {
    expect(findNames('', [])).toEqual([]);
    expect(findNames(' \n\n ', [])).toEqual([]);
  });

  it('tags with the model it is given', () => {
    // A model that has learnt nothing: every score is 0, and decoding keeps every token O.
    const transitions = Float64Array.from(ALLOWED, (ok) => (ok ? 0 : -Infinity));
    const blank = new NameModel(encodeModel({ features: new Map(), transitions }));
    expect(findNames('Sergei Lavrov met Rex Tillerson in Manila.', [], blank)).toEqual([]);
  });
});
