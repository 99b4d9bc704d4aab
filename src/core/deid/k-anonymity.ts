/** k-anonymity of the output over the policy's quasi-identifiers (Sweeney 2002; GB/T 37964-2019 annex). */
export type KAnonymityReport = {
  readonly quasi_identifiers: readonly string[];
  readonly k: number;
  readonly records: number;
  /** Number of equivalence classes (distinct combinations of quasi-identifier values). */
  readonly classes: number;
  /** Size of the smallest class: the dataset is min_k-anonymous (0 when there are no records). */
  readonly min_k: number;
  readonly classes_below_k: number;
  /** Records in classes smaller than k: the ones that could be singled out. */
  readonly records_below_k: number;
};

/**
 * Counts equivalence classes as records go by. Memory grows with the number of distinct
 * combinations, not with the records (generalised quasi-identifiers keep it small).
 */
export class KAnonymityCounter {
  private readonly classes = new Map<string, number>();
  private records = 0;

  constructor(
    readonly quasiIdentifiers: readonly string[],
    readonly k: number,
  ) {}

  /** Adds one record's quasi-identifier values (null when the record lacks one). */
  add(values: readonly (string | null)[]): void {
    this.records++;
    const key = JSON.stringify(values);
    this.classes.set(key, (this.classes.get(key) ?? 0) + 1);
  }

  report(): KAnonymityReport {
    let min = 0;
    let below = 0;
    let recordsBelow = 0;
    for (const size of this.classes.values()) {
      if (min === 0 || size < min) min = size;
      if (size < this.k) {
        below++;
        recordsBelow += size;
      }
    }
    return {
      quasi_identifiers: this.quasiIdentifiers,
      k: this.k,
      records: this.records,
      classes: this.classes.size,
      min_k: min,
      classes_below_k: below,
      records_below_k: recordsBelow,
    };
  }
}
