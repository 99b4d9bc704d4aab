import { describe, expect, it } from 'vitest';
import { KAnonymityCounter } from './k-anonymity.js';

describe('KAnonymityCounter', () => {
  it('reports min k, classes and records in classes below k', () => {
    const k = new KAnonymityCounter(['year', 'city'], 2);
    for (const r of [
      ['1990', 'Shanghai'],
      ['1990', 'Shanghai'],
      ['1990', 'Shanghai'],
      ['1985', 'Beijing'],
      ['1985', null],
    ]) {
      k.add(r);
    }
    expect(k.report()).toEqual({ quasi_identifiers: ['year', 'city'], k: 2, records: 5, classes: 3, min_k: 1, classes_below_k: 2, records_below_k: 2 });
  });

  it('reports zeros on no records', () => {
    expect(new KAnonymityCounter(['a'], 5).report()).toMatchObject({ records: 0, classes: 0, min_k: 0 });
  });
});
