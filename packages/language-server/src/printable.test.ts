import { describe, expect, it } from 'vitest';
import { printable } from './printable.js';

describe('printable', () => {
  it('shows ESC, BEL, DEL and the C1 controls as \\xNN, and puts the text on one line', () => {
    expect(printable('\u001b]0;pwned\u0007\u001b[2JHeadline')).toBe('\\x1b]0;pwned\\x07\\x1b[2JHeadline');
    expect(printable('a\u007fb\u0085c\u009bd\u0000')).toBe('a\\x7fb\\x85c\\x9bd\\x00');
    expect(printable('a\t\tb\r\nc')).toBe('a b c');
    expect(printable('Gerasimov – Герасимов, 格拉西莫夫')).toBe('Gerasimov – Герасимов, 格拉西莫夫');
  });
});
