import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html-escape.js';

describe('escapeHtml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeHtml(`<b class="x" title='y'>Tom & Jerry</b>`)).toBe('&lt;b class=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/b&gt;');
  });

  it('escapes an ampersand once, so existing entities show as written', () => {
    expect(escapeHtml('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
  });

  it('leaves other text alone, non-ASCII included', () => {
    expect(escapeHtml('Türkiye, 18 Dec. 2019 — ok')).toBe('Türkiye, 18 Dec. 2019 — ok');
  });
});
