import { z } from 'zod';
import { DETECTOR_FACTS } from './detector-facts.js';
import type { SketchState } from './distinct-sketch.js';
import type { FileTallyState, Sample } from './file-tally.js';

// A chunk's partial result between the worker that scanned it and the one that merges: the
// file tally as JSON text. The distinct sketch travels as it is (its 53-bit value hashes, or its
// HyperLogLog registers), so the merge unites exactly the sets a single-process scan unites.

const HLL_REGISTERS = 16_384;
const MAX_HASH = 2 ** 53;

type EncodedSketch = { readonly exact: readonly number[] } | { readonly hll: readonly number[] };

const SampleSchema = z.strictObject({ line: z.number().int().min(0), start: z.number().int().min(0), masked: z.string().max(1000) });
const SketchSchema = z.union([
  z.strictObject({ exact: z.array(z.number().int().min(1).max(MAX_HASH)) }),
  z.strictObject({ hll: z.array(z.number().int().min(0).max(64)).length(HLL_REGISTERS) }),
]);
const DetectorSchema = z.strictObject({
  count: z.number().int().min(0),
  rows: z.number().int().min(0),
  sketch: SketchSchema,
  samples: z.array(SampleSchema).max(10),
});
const StateSchema = z.strictObject({
  rows: z.number().int().min(0),
  columns: z.array(
    z.strictObject({
      name: z.string().nullable(),
      order: z.number().int().min(-1),
      detectors: z.array(DetectorSchema.nullable()).length(DETECTOR_FACTS.length),
    }),
  ),
});

function encodeSketch(sketch: SketchState): EncodedSketch {
  return sketch.kind === 'exact' ? { exact: Array.from(sketch.values) } : { hll: Array.from(sketch.registers) };
}

function decodeSketch(sketch: z.infer<typeof SketchSchema>): SketchState {
  return 'exact' in sketch ? { kind: 'exact', values: Float64Array.from(sketch.exact) } : { kind: 'hll', registers: Uint8Array.from(sketch.hll) };
}

/** A file tally as JSON text, for storage between the chunk that made it and the merge. */
export function encodeTallyState(state: FileTallyState): string {
  return JSON.stringify({
    rows: state.rows,
    columns: state.columns.map((c) => ({
      name: c.name,
      order: c.order,
      detectors: c.detectors.map((d) => (d === null ? null : { count: d.count, rows: d.rows, sketch: encodeSketch(d.sketch), samples: d.samples })),
    })),
  });
}

/**
 * Reads `encodeTallyState`'s text back; throws when it is not one (a stored partial is checked,
 * not trusted: a wrong shape would otherwise surface as wrong counts).
 */
export function decodeTallyState(text: string): FileTallyState {
  const parsed = StateSchema.parse(JSON.parse(text));
  return {
    rows: parsed.rows,
    columns: parsed.columns.map((c) => ({
      name: c.name,
      order: c.order,
      detectors: c.detectors.map((d) =>
        d === null ? null : { count: d.count, rows: d.rows, sketch: decodeSketch(d.sketch), samples: d.samples.map((s): Sample => ({ ...s })) },
      ),
    })),
  };
}
