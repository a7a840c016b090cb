import { describe, expect, it } from 'vitest';
import { givenCompatibility, parsePersonName } from './person-name.js';
import { foldedWords } from '../../text/text-fold.js';

const name = (s: string) => parsePersonName(foldedWords(s));
const compat = (a: string, b: string) => givenCompatibility(name(a)!, name(b)!);

describe('parsePersonName', () => {
  it('splits given names from the family name, dropping particles and suffixes', () => {
    expect(name('Bashar al-Assad')).toMatchObject({ given: ['bashar'], family: 'assad' });
    expect(name('Martin Luther King Jr.')).toMatchObject({ given: ['martin', 'luther'], family: 'king' });
    expect(name('Recep Tayyip Erdoğan')).toMatchObject({ given: ['recep', 'tayyip'], family: 'erdogan' });
  });
  it('refuses single words, trailing initials and a name reduced to one word', () => {
    expect(name('Gerasimov')).toBeNull();
    expect(name('Inessa S.')).toBeNull();
    expect(name('Abdullah II')).toBeNull();
  });
});

describe('givenCompatibility', () => {
  it('is strong for spellings of one name', () => {
    expect(compat('Valery Gerasimov', 'Valeriy Gerasimov')).toBe('strong');
    expect(compat('Sergey Lavrov', 'Sergei Lavrov')).toBe('strong');
    expect(compat('Yuri Ushakov', 'Iuri Ushakov')).toBe('strong');
    expect(compat('Mark A. Milley', 'Mark Milley')).toBe('strong');
    expect(compat('Recep Erdogan', 'Recep Tayyip Erdogan')).toBe('strong');
  });
  it('is weak for initials and short forms', () => {
    expect(compat('J. Smith', 'John Smith')).toBe('weak');
    expect(compat('Alex Smith', 'Alexander Smith')).toBe('weak');
  });
  it('is none for different names or clashing middle names', () => {
    expect(compat('John Smith', 'Jane Smith')).toBe('none');
    expect(compat('Bashar al-Assad', 'Maher al-Assad')).toBe('none');
    expect(compat('George H. W. Bush', 'George W. Bush')).toBe('none');
  });
});
