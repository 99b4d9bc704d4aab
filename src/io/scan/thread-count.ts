import { formatFromName } from './input-format.js';
import type { InputSource } from './list-inputs.js';

/**
 * Below this much input, the default (all cores) scans on one thread. A second thread boots,
 * loads and compiles the scanner again (about 0.9 CPU-seconds here, most of it V8 compiling the
 * hot functions anew in the worker's isolate) and counts its own exact distinct values: on this
 * machine `--jobs 2` was slower than `--jobs 1` at 50 MB (summary 1.56 vs 1.34 s), even at
 * 100 MB and 1.18-1.24x faster at 200 MB (docs/benchmarks.md).
 */
export const SMALL_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Threads for a scan: `--jobs` when given; else all cores, except one for inputs known to be
 * small. Standard input and gzip files count as large: their size is not known in advance.
 */
export function scanThreads(jobs: number, jobsGiven: boolean, inputs: readonly InputSource[]): number {
  if (jobsGiven || jobs <= 1) return jobs;
  let known = 0;
  for (const input of inputs) {
    if (input.kind === 'stdin' || formatFromName(input.path).gzip) return jobs;
    known += input.size;
  }
  return known < SMALL_INPUT_BYTES ? 1 : jobs;
}
