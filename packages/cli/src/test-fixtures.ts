import type { Analysis, Mention } from '@seedlens/core';

/** A hand-made analysis, so formatter tests do not depend on how far the analyzer has come. */
export function sampleAnalysis(): Analysis {
  const text = 'Gen. Valery Gerasimov met Joe Dunford in Baku on Thursday. Gerasimov left Baku in 2017.';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const m = (start: number, s: string, rest: Omit<Mention, 'start' | 'end' | 'text'>): Mention => ({
    start,
    end: start + s.length,
    text: s,
    ...rest,
  });
  const mentions: Mention[] = [
    m(at('Baku', 50), 'Baku', { type: 'place', kind: 'city', entityId: 'place:baku' }),
    m(at('Valery'), 'Valery Gerasimov', { type: 'actor', kind: 'person', entityId: 'person:valery-gerasimov', role: 'Gen.' }),
    m(at('Joe'), 'Joe Dunford', { type: 'actor', kind: 'person', entityId: 'person:joe-dunford' }),
    m(at('Baku'), 'Baku', { type: 'place', kind: 'city', entityId: 'place:baku' }),
    m(at('Thursday'), 'Thursday', { type: 'date', entityId: 'date:XXXX-WXX-4', value: 'XXXX-WXX-4' }),
    m(at('Gerasimov', 30), 'Gerasimov', { type: 'actor', kind: 'person', entityId: 'person:valery-gerasimov' }),
    m(at('2017'), '2017', { type: 'date', entityId: 'date:2017', value: '2017', mod: 'END' }),
  ];
  return {
    source: { text, hadBom: false, frontMatter: null, sections: [{ start: 0, end: text.length, title: text }], furniture: [] },
    dct: null,
    mentions,
    entities: [
      { id: 'person:valery-gerasimov', type: 'actor', kind: 'person', name: 'Valery Gerasimov', aliases: ['Gerasimov'] },
      { id: 'person:joe-dunford', type: 'actor', kind: 'person', name: 'Joe Dunford', aliases: [] },
      { id: 'place:baku', type: 'place', kind: 'city', name: 'Baku', aliases: [] },
    ],
  };
}

/** An Io that collects what a command writes. */
export function memoryIo(color = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, color },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
