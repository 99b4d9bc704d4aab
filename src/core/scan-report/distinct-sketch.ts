/**
 * Distinct counting in bounded memory: exact up to EXACT_LIMIT values (an open-addressing table
 * of 53-bit hashes, 16 bytes per value at most), then a HyperLogLog of 2^14 registers (16 KiB,
 * standard error 0.81 %). The limit is above 50,000, the largest threshold of the 2017
 * interpretation (ten times 5,000 items), so every legal threshold is decided on exact counts.
 */
export const EXACT_LIMIT = 65_536;
const HLL_BITS = 14;
const HLL_SIZE = 1 << HLL_BITS;
const TWO_POW_39 = 549_755_813_888;
const TWO_POW_7 = 128;

/**
 * Tables given back by sketches that grew, switched to registers or froze, by length, reused
 * (zeroed) by later sketches in this thread instead of allocated: fresh memory costs a page fault
 * per 4 KiB, and freed tables scattered over the allocator kept the process's memory growing when
 * one scan went through hundreds of files (each file's sketches grow to 1 MiB and are dropped).
 */
const spareTables = new Map<number, Float64Array[]>();
const SPARE_LIMIT_BYTES = 16 * 1024 * 1024;
let spareBytes = 0;

function takeTable(length: number): Float64Array {
  const table = spareTables.get(length)?.pop();
  if (table === undefined) return new Float64Array(length);
  spareBytes -= table.byteLength;
  table.fill(0);
  return table;
}

/** Keeps `table` for reuse; the caller no longer uses it. */
function giveTable(table: Float64Array): void {
  if (spareBytes + table.byteLength > SPARE_LIMIT_BYTES) return;
  let tables = spareTables.get(table.length);
  if (tables === undefined) {
    tables = [];
    spareTables.set(table.length, tables);
  }
  tables.push(table);
  spareBytes += table.byteLength;
}

/** What crosses a thread boundary: the stored hashes, or the registers once estimated. */
export type SketchState = { readonly kind: 'exact'; readonly values: Float64Array } | { readonly kind: 'hll'; readonly registers: Uint8Array };

export class DistinctSketch {
  private table: Float64Array | null = takeTable(256);
  private size = 0;
  private registers: Uint8Array | null = null;
  /** Set by `freeze`: the count and whether it was estimated; the values are gone. */
  private frozen: { readonly count: number; readonly estimated: boolean } | null = null;

  /**
   * Keeps only the count (and whether it is estimated), releasing the values: a file's sketches
   * once united into the scan's per-category sets, so memory does not grow with the number of files.
   */
  freeze(): void {
    if (this.frozen !== null) return;
    this.frozen = { count: this.count(), estimated: this.isEstimated() };
    if (this.table !== null) giveTable(this.table);
    this.table = null;
    this.registers = null;
  }

  /** Adds one value's hash (from `hashValue`: a non-zero safe integer below 2^53). */
  add(hash: number): void {
    const table = this.table;
    if (table === null) {
      this.assertOpen();
      this.addToRegisters(hash);
      return;
    }
    const mask = table.length - 1;
    // hash >>> 0 is hash mod 2^32 (the low 32 bits of the safe integer), without a float modulo.
    let slot = (hash >>> 0) & mask;
    for (;;) {
      const stored = table[slot];
      if (stored === hash) return;
      if (stored === 0) break;
      slot = (slot + 1) & mask;
    }
    table[slot] = hash;
    this.size++;
    if (this.size > EXACT_LIMIT) this.switchToRegisters();
    else if (this.size * 2 > table.length) this.grow();
  }

  /** Adds everything another sketch saw (union). */
  merge(state: SketchState): void {
    this.assertOpen();
    if (state.kind === 'exact') this.addAll(state.values);
    else this.maxRegisters(state.registers);
  }

  /** `merge(other.toState())` without copying `other` first (it is read in place, not changed). */
  unite(other: DistinctSketch): void {
    this.assertOpen();
    other.assertOpen();
    if (other.table !== null) this.addAll(other.table);
    else this.maxRegisters(other.registers as Uint8Array);
  }

  /**
   * A sketch holding what this one holds, copied as it is (no value is hashed into a table again):
   * `clone().unite(b)` counts what a fresh sketch given both would count.
   */
  clone(): DistinctSketch {
    this.assertOpen();
    const copy = new DistinctSketch();
    copy.table = this.table === null ? null : this.table.slice();
    copy.size = this.size;
    copy.registers = this.registers === null ? null : this.registers.slice();
    return copy;
  }

  /** How many hashes the sketch holds while exact; after the switch, 2^53 (it then ranks above any exact one). */
  weight(): number {
    this.assertOpen();
    return this.table === null ? Number.MAX_SAFE_INTEGER : this.size;
  }

  /** True once the count is a HyperLogLog estimate rather than exact. */
  isEstimated(): boolean {
    if (this.frozen !== null) return this.frozen.estimated;
    return this.table === null;
  }

  /** The number of distinct values: exact below EXACT_LIMIT, else estimated. */
  count(): number {
    if (this.frozen !== null) return this.frozen.count;
    if (this.table !== null) return this.size;
    const registers = this.registers as Uint8Array;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < HLL_SIZE; i++) {
      const r = registers[i] ?? 0;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    // Flajolet et al. 2007, with the linear-counting correction for small ranges.
    const alpha = 0.7213 / (1 + 1.079 / HLL_SIZE);
    const raw = (alpha * HLL_SIZE * HLL_SIZE) / sum;
    const estimate = raw <= 2.5 * HLL_SIZE && zeros > 0 ? HLL_SIZE * Math.log(HLL_SIZE / zeros) : raw;
    return Math.round(estimate);
  }

  toState(): SketchState {
    this.assertOpen();
    if (this.table === null) return { kind: 'hll', registers: (this.registers as Uint8Array).slice() };
    const table = this.table;
    const values = new Float64Array(this.size);
    let n = 0;
    for (let i = 0; i < table.length; i++) {
      const v = table[i] as number;
      if (v !== 0) values[n++] = v;
    }
    return { kind: 'exact', values };
  }

  /** Adds the non-zero hashes of `values` (a state's list, or another sketch's table with its empty slots). */
  private addAll(values: Float64Array): void {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v !== 0) this.add(v);
    }
  }

  private assertOpen(): void {
    if (this.frozen !== null) throw new Error('distinct sketch: frozen (only its count is kept)');
  }

  private maxRegisters(registers: Uint8Array): void {
    if (this.table !== null) this.switchToRegisters();
    const mine = this.registers as Uint8Array;
    for (let i = 0; i < HLL_SIZE; i++) {
      const r = registers[i] ?? 0;
      if (r > (mine[i] ?? 0)) mine[i] = r;
    }
  }

  private grow(): void {
    const old = this.table as Float64Array;
    const table = takeTable(old.length * 2);
    const mask = table.length - 1;
    for (let i = 0; i < old.length; i++) {
      const v = old[i] as number;
      if (v === 0) continue;
      let slot = (v >>> 0) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = v;
    }
    this.table = table;
    giveTable(old);
  }

  private switchToRegisters(): void {
    const old = this.table as Float64Array;
    this.table = null;
    this.registers = new Uint8Array(HLL_SIZE);
    for (let i = 0; i < old.length; i++) {
      const v = old[i] as number;
      if (v !== 0) this.addToRegisters(v);
    }
    giveTable(old);
  }

  private addToRegisters(hash: number): void {
    const index = Math.floor(hash / TWO_POW_39);
    const rest = hash - index * TWO_POW_39;
    const high = Math.floor(rest / TWO_POW_7);
    const rank = high === 0 ? 33 : Math.clz32(high) + 1;
    const registers = this.registers as Uint8Array;
    if (rank > (registers[index] ?? 0)) registers[index] = rank;
  }
}
