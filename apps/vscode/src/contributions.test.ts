import { readFileSync } from 'node:fs';
import {
  COMMANDS,
  DEFAULT_SETTINGS,
  EntitiesRequest,
  EntityAtRequest,
  IndexedNotification,
  ArticleDatesRequest,
  PlacesRequest,
  RelatedArticlesRequest,
  StatusRequest,
  TimelineRequest,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
} from '@seedlens/language-server';
import { describe, expect, it } from 'vitest';
import { METHODS, SERVER_COMMANDS } from './protocol.js';

/** package.json's contributions must name what the server sends: token types, modifiers, settings, messages. */
interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, Array<{ command: string }>>;
    semanticTokenTypes: Array<{ id: string; superType?: string }>;
    semanticTokenModifiers: Array<{ id: string }>;
    semanticTokenScopes: Array<{ scopes: Record<string, string[]> }>;
    configuration: { properties: Record<string, { default?: unknown }> };
  };
}
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
const { contributes } = manifest;

/** `{ a: { b: 1 } }` → `{ 'a.b': 1 }`. */
function flatten(object: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).flatMap(([key, value]) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(flatten(value as Record<string, unknown>, `${prefix}${key}.`))
        : [[`${prefix}${key}`, value]],
    ),
  );
}

describe('semantic token contributions', () => {
  const custom = TOKEN_TYPES.slice(0, 3);

  it("declare the server's own token types, each with a standard super type and TextMate scopes", () => {
    expect(custom).toEqual(['actor', 'place', 'date']);
    expect(contributes.semanticTokenTypes.map((t) => t.id)).toEqual([...custom]);
    const scopes = contributes.semanticTokenScopes[0]!.scopes;
    for (const type of contributes.semanticTokenTypes) {
      expect(type.superType).toBeTruthy();
      expect(scopes[type.id]?.length).toBeGreaterThan(0);
    }
  });

  it('map the three types to three different scopes (so themes give three colours)', () => {
    const scopes = contributes.semanticTokenScopes[0]!.scopes;
    const firsts = custom.map((t) => scopes[t]![0]);
    expect(new Set(firsts).size).toBe(3);
  });

  it("declare every modifier the server sends", () => {
    expect(contributes.semanticTokenModifiers.map((m) => m.id)).toEqual([...TOKEN_MODIFIERS]);
  });
});

describe('configuration', () => {
  const properties = contributes.configuration.properties;

  it("offers every setting the server reads, with the server's default except for which files are articles", () => {
    for (const [key, value] of Object.entries(flatten(DEFAULT_SETTINGS as unknown as Record<string, unknown>))) {
      const property = properties[`seedlens.${key}`];
      expect(property, `seedlens.${key}`).toBeDefined();
      if (key !== 'articles.include') expect(property!.default, `seedlens.${key}`).toEqual(value);
    }
  });

  it('takes articles from seeds/ and articles/ folders only, not every .txt file', () => {
    const include = properties['seedlens.articles.include']!.default as string[];
    expect(include).toEqual(['**/seeds/**/*.txt', '**/articles/**/*.txt']);
    expect(include).not.toContain('**/*.txt');
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['workspaceContains:**/seeds/**/*.txt', 'workspaceContains:**/articles/**/*.txt']));
  });
});

describe('commands', () => {
  const declared = new Set(contributes.commands.map((c) => c.command));

  it('are all in the seedlens category, and every menu entry names a declared command', () => {
    expect(contributes.commands.every((c) => c.category === 'seedlens')).toBe(true);
    for (const [menu, entries] of Object.entries(contributes.menus)) {
      for (const entry of entries) expect(declared.has(entry.command), `${menu}: ${entry.command}`).toBe(true);
    }
  });

  it("do not take the ids of the server's commands, which the language client registers itself", () => {
    for (const id of Object.values(COMMANDS)) expect(declared.has(id)).toBe(false);
  });
});

describe('protocol', () => {
  it('names the same messages and commands as the server', () => {
    expect(METHODS).toEqual({
      relatedArticles: RelatedArticlesRequest.method,
      entities: EntitiesRequest.method,
      timeline: TimelineRequest.method,
      articleDates: ArticleDatesRequest.method,
      places: PlacesRequest.method,
      entityAt: EntityAtRequest.method,
      indexed: IndexedNotification.method,
      status: StatusRequest.method,
    });
    expect(SERVER_COMMANDS).toEqual(COMMANDS);
  });
});
