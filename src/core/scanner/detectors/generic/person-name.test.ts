import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'PERSON_NAME')
    .map((m) => text.slice(m.start, m.end));

describe('PERSON_NAME (Latin script)', () => {
  it.each([
    ['My name is Lisa Wirtz.', ['Lisa Wirtz']],
    ['I want to add Andrea Ólafsdóttir as a beneficiary', ['Andrea Ólafsdóttir']],
    ['For my take on Ms. Roefs, see', ['Roefs']],
    ['Mr. Kozłowski flew', ['Kozłowski']],
    ['Hi Vinicio, I am writing', ['Vinicio']],
    ['Dear Mary J. Blige', ['Mary J. Blige']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Our offices are at 9543 John Street', 'a street'],
    ['Russell Investments is a design agency', 'a firm'],
    ['Will you come in May?', 'everyday words'],
    ['INFO UserService started', 'log words'],
  ])('%s has no name (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes the whole cell in a name column', () => {
    expect(found('Jane Q. Public', 'full_name')).toEqual(['Jane Q. Public']);
    expect(found('jane@example.com', 'customer_name')).toEqual([]);
  });
});
