import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { findNames } from './names/find-names.js';
import { ModelError, NameModel } from './names/tagger/name-model.js';
import { shippedModel } from './names/tagger/shipped-model.js';
import { sharedData, useSharedData } from './shared-data.js';

const seedsDir = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).sort().map((name) => readFileSync(new URL(name, seedsDir), 'utf8'));

describe('sharedData', () => {
  it('holds the shipped model in a SharedArrayBuffer, the same one each time', () => {
    const data = sharedData();
    expect(data.model).toBeInstanceOf(SharedArrayBuffer);
    expect(sharedData().model).toBe(data.model);
    expect(data.model).toBe(shippedModel().storage);
  });

  it('a model made from that storage (as a worker thread makes it) tags every seed as the shipped one does', () => {
    const shared = new NameModel(sharedData().model);
    expect(shared.featureCount).toBe(shippedModel().featureCount);
    expect([...shared.transitions]).toEqual([...shippedModel().transitions]);
    for (const text of seeds) expect(findNames(text, [], shared)).toEqual(findNames(text, [], shippedModel()));
  });

  it('changes no analysis when given to a thread that has loaded its own', () => {
    const before = seeds.map((text) => analyze(text));
    useSharedData(sharedData());
    expect(seeds.map((text) => analyze(text))).toEqual(before);
  });

  it('refuses a buffer that is no model storage', () => {
    for (const buffer of [new ArrayBuffer(0), new ArrayBuffer(64), new SharedArrayBuffer(16)]) {
      expect(() => new NameModel(buffer)).toThrow(ModelError);
    }
    const truncated = sharedData().model.slice(0, 1024);
    expect(() => new NameModel(truncated)).toThrow(ModelError);
  });
});
