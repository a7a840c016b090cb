import { describe, expect, it } from 'vitest';
import { packText, unpackText } from './packed-text.js';

const article = `Talks in Geneva\n\n${'Delegations from both sides met on Tuesday in Geneva to discuss the ceasefire. '.repeat(40)}`;

describe('packText', () => {
  it('gives back the text it packed', () => {
    expect(unpackText(packText(article))).toBe(article);
  });

  it('deflates a long text to well under its UTF-8 size', () => {
    expect(packText(article).length).toBeLessThan(Buffer.byteLength(article) / 4);
  });

  it('keeps a text that deflating would not shrink as it is, one byte longer', () => {
    expect(packText('Baku').length).toBe(5);
    expect(unpackText(packText('Baku'))).toBe('Baku');
  });

  it('packs the empty text', () => {
    expect(unpackText(packText(''))).toBe('');
  });

  it('keeps characters beyond ASCII, emoji and CRLF', () => {
    const text = `Zürich — «Şəki» 北京 🇺🇦\r\n${'Ärzte ohne Grenzen in Kyiv. '.repeat(30)}`;
    expect(unpackText(packText(text))).toBe(text);
  });

  it('takes the UTF-8 bytes when the caller has them', () => {
    const utf8 = Buffer.from(article, 'utf8');
    expect(packText(article, utf8)).toEqual(packText(article));
  });

  it('keeps its bytes in a buffer of their own, not in a shared slab', () => {
    const packed = packText('short');
    expect(packed.byteLength).toBe(packed.buffer.byteLength);
  });

  it('refuses bytes it did not make', () => {
    expect(() => unpackText(Uint8Array.of(7, 1, 2))).toThrow(/damaged/);
    expect(() => unpackText(new Uint8Array(0))).toThrow(/damaged/);
  });
});
