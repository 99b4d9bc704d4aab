import { createFileTally, type FileTally } from '../core/scan-report/file-tally.js';
import { buildScanResult, type MergedFile, mergeChunkTally } from '../core/scan-report/scan-result.js';
import { CategoryUnion } from '../core/scan-report/summary.js';
import { decodeTallyState } from '../core/scan-report/tally-codec.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import type { Clock, DeclarationStore } from './ports.js';
import type { ScanFiles, ScanRecord, ScanStore } from './scan-ports.js';

type FinishDeps = {
  readonly scans: ScanStore;
  readonly declarations: Pick<DeclarationStore, 'find'>;
  readonly files: Pick<ScanFiles, 'removeUpload'>;
  readonly protector: Pick<FieldProtector, 'decrypt'>;
  readonly clock: Clock;
};

/**
 * Merges every chunk's partial into the scan's result and stores it (the partials are deleted
 * with the move to `done`). Runs once per scan: in the worker that recorded the last chunk.
 */
export async function finishScan(deps: FinishDeps, scan: ScanRecord): Promise<void> {
  const planned = await deps.scans.files(scan.id);
  const tallies = planned.map(() => createFileTally());
  const formats: (string | null)[] = planned.map((f) => f.format);
  let findings = 0;
  // One partial at a time: memory holds the merged tallies (bounded per column), not every chunk's.
  // Chunks are planned file by file (plan-chunks.ts), so once a later file's chunk arrives the
  // previous files are complete: their distinct sets go into the per-category union and they
  // keep only their counts, as in `pisa scan` (memory does not grow with the number of files).
  const union = new CategoryUnion();
  let settledBelow = 0;
  const settleBelow = (file: number) => {
    for (; settledBelow < file; settledBelow++) {
      union.settle((planned[settledBelow] as { name: string }).name, tallies[settledBelow] as FileTally);
    }
  };
  for (const seq of await deps.scans.partialSeqs(scan.id)) {
    const partial = await deps.scans.partial(scan.id, seq);
    const tally = partial === null ? undefined : tallies[partial.file];
    if (partial === null || tally === undefined) continue;
    if (partial.file < settledBelow) throw new Error(`scan ${scan.id}: chunk ${seq} of file ${partial.file} came after a later file's chunks`);
    settleBelow(partial.file);
    mergeChunkTally(tally, decodeTallyState(deps.protector.decrypt(partial.tally_enc, FIELD_CONTEXT.scanChunk(scan.id, partial.seq))));
    // A whole file's format is known once read (a binary file is skipped).
    if (formats[partial.file] === null || partial.format === 'skipped') formats[partial.file] = partial.format;
    findings += partial.findings;
  }
  settleBelow(planned.length);
  const files: MergedFile[] = planned.map((f, i) => ({
    file: f.name,
    bytes: f.bytes,
    format: formats[i] ?? 'skipped',
    tally: tallies[i] ?? createFileTally(),
  }));
  const declaration =
    scan.declaration_version === null ? null : ((await deps.declarations.find(scan.processor_id, scan.declaration_version))?.declaration ?? null);
  await deps.scans.finish(scan.id, buildScanResult(files, findings, declaration, union.counts()), deps.clock.now());
  if (scan.source.kind === 'upload') await deps.files.removeUpload(scan.id);
}
