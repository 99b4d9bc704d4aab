import { describe, expect, it } from 'vitest';
import { splitByTerms, termsAt } from './notice-terms';

const term = (text: string, start: number, path: (string | number)[] = ['who']) => ({
  term: 'precise_location',
  text,
  start,
  end: start + text.length,
  explanation: 'Where you are',
  path,
});

describe('splitByTerms', () => {
  it('cuts a string into plain runs and explained terms', () => {
    const segments = splitByTerms('Data: Precise location.', [term('Precise location', 6)]);
    expect(segments.map((s) => [s.text, s.term?.term ?? null])).toEqual([
      ['Data: ', null],
      ['Precise location', 'precise_location'],
      ['.', null],
    ]);
  });

  it('keeps several terms in reading order whatever order they come in', () => {
    const text = '敏感个人信息与单独同意';
    const segments = splitByTerms(text, [term('单独同意', 7), term('敏感个人信息', 0)]);
    expect(segments.map((s) => s.text)).toEqual(['敏感个人信息', '与', '单独同意']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  describe('when a term does not fit the string', () => {
    it('leaves offsets of other words as plain text', () => {
      expect(splitByTerms('Data: e-mail.', [term('Precise location', 6)])).toEqual([{ text: 'Data: e-mail.', term: null }]);
    });

    it('skips a term overlapping an earlier one, and one past the end', () => {
      const segments = splitByTerms('sensitive information', [term('sensitive information', 0), term('information', 10), term('x', 40)]);
      expect(segments.map((s) => s.text)).toEqual(['sensitive information']);
      expect(segments[0]?.term?.text).toBe('sensitive information');
    });
  });

  it('gives one empty run for an empty string', () => {
    expect(splitByTerms('', [])).toEqual([{ text: '', term: null }]);
  });
});

describe('termsAt', () => {
  it('finds the terms of one string by its path in the layer', () => {
    const terms = [term('a', 0, ['purposes', 0, 'data']), term('b', 0, ['purposes', 1, 'data']), term('c', 0, ['purposes', 0])];
    expect(termsAt(terms, ['purposes', 0, 'data']).map((t) => t.text)).toEqual(['a']);
    expect(termsAt(terms, ['purposes', 2, 'data'])).toEqual([]);
  });
});
