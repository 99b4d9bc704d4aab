import { D } from './detector-index.js';
import type { MatchBuffer } from './match-buffer.js';

// When two matches overlap, one is kept: a validated identifier beats a name or an address
// (their rules are weaker); between two of a kind the longer span wins (an e-mail around a
// phone number, an address around a surname), then the higher confidence, then the detector
// listed first in DETECTOR_IDS. Output order: start, then detector.

function isWeak(detector: number): boolean {
  return detector === D.PERSON_NAME || detector === D.ADDRESS;
}

/** True when entry i should be kept over the overlapping entry j. */
function beats(buf: MatchBuffer, i: number, j: number): boolean {
  const di = buf.detector[i] as number;
  const dj = buf.detector[j] as number;
  const weakI = isWeak(di);
  if (weakI !== isWeak(dj)) return !weakI;
  const lenI = (buf.end[i] as number) - (buf.start[i] as number);
  const lenJ = (buf.end[j] as number) - (buf.start[j] as number);
  if (lenI !== lenJ) return lenI > lenJ;
  const ci = buf.confidence[i] as number;
  const cj = buf.confidence[j] as number;
  if (ci !== cj) return ci > cj;
  return di <= dj;
}

/**
 * Sorts the buffer's entries by start then detector, resolves overlaps and writes the kept
 * entries, in order, to `buf.kept`. Returns how many were kept. Lines hold few matches, so an
 * insertion sort is enough.
 */
export function resolveOverlaps(buf: MatchBuffer): number {
  const n = buf.size;
  const order = buf.order;
  for (let i = 0; i < n; i++) {
    let k = i;
    const s = buf.start[i] as number;
    const d = buf.detector[i] as number;
    while (k > 0) {
      const p = order[k - 1] as number;
      const ps = buf.start[p] as number;
      if (ps < s || (ps === s && (buf.detector[p] as number) <= d)) break;
      order[k] = p;
      k--;
    }
    order[k] = i;
  }
  // The kept entries never overlap, so those overlapping the next one are a suffix of `kept`.
  const kept = buf.kept;
  let top = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const start = buf.start[i] as number;
    let t = top - 1;
    let loses = false;
    while (t >= 0 && (buf.end[kept[t] as number] as number) > start) {
      if (!beats(buf, i, kept[t] as number)) {
        loses = true;
        break;
      }
      t--;
    }
    if (loses) continue;
    top = t + 1;
    kept[top++] = i;
  }
  return top;
}
