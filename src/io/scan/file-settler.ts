import { createFileTally, type FileTally } from '../../core/scan-report/file-tally.js';
import { type CategoryCount, CategoryUnion } from '../../core/scan-report/summary.js';

/**
 * Settles each file of a scan once its last task is answered: its tally is gathered from every
 * thread (`take`), its distinct sets united into one per category, and the file keeps only its
 * counts, so memory does not grow with the number of files. With `keepSets` (server chunks, whose
 * tallies are merged later) the files keep their sets and no union is made.
 */
export class FileSettler {
  private readonly union = new CategoryUnion();
  private readonly settled: FileTally[] = [];
  private readonly settling: Promise<void>[] = [];
  /** Files whose tasks are all submitted, with their last sequence number, in order. */
  private readonly ends: { file: number; lastSeq: number }[] = [];

  constructor(
    private readonly take: (file: number) => Promise<FileTally | null>,
    private readonly name: (file: number) => string,
    private readonly keepSets: boolean,
  ) {}

  /** Every task of `file` is submitted: `lastSeq` is its last, or null when it had none. */
  submitted(file: number, lastSeq: number | null): void {
    if (lastSeq === null) this.settle(file);
    else this.ends.push({ file, lastSeq });
  }

  /** Results are answered in sequence order: task `seq` and all before it are done. */
  answered(seq: number): void {
    while (this.ends.length > 0 && (this.ends[0] as { lastSeq: number }).lastSeq <= seq) this.settle((this.ends.shift() as { file: number }).file);
  }

  /** Once every task is answered: the tally of each of `count` files, and the per-category counts. */
  async finish(count: number): Promise<{ tallies: FileTally[]; categories: CategoryCount[] }> {
    await Promise.all(this.settling);
    const tallies = Array.from({ length: count }, (_, file) => this.settled[file] ?? createFileTally());
    return { tallies, categories: this.keepSets ? [] : this.union.counts() };
  }

  /** Waits for every settlement, failed or not (before reporting another failure). */
  async abandon(): Promise<void> {
    await Promise.allSettled(this.settling);
  }

  private settle(file: number): void {
    const taken = this.take(file).then((tally) => {
      const complete = tally ?? createFileTally();
      if (!this.keepSets) this.union.settle(this.name(file), complete);
      this.settled[file] = complete;
    });
    taken.catch(() => {}); // awaited in finish(); this only keeps an early failure from going unhandled
    this.settling.push(taken);
  }
}
