/**
 * Matches of one line as parallel typed arrays, reused from line to line so that summary mode
 * allocates nothing per match.
 */
export class MatchBuffer {
  size = 0;
  detector = new Uint8Array(32);
  start = new Int32Array(32);
  end = new Int32Array(32);
  confidence = new Float64Array(32);
  /** Entry indices sorted by start, then detector. */
  order = new Int32Array(32);
  /** Entry indices that survive overlap resolution, in output order. */
  kept = new Int32Array(32);

  clear(): void {
    this.size = 0;
  }

  push(detector: number, start: number, end: number, confidence: number): void {
    if (this.size === this.start.length) this.grow();
    const i = this.size++;
    this.detector[i] = detector;
    this.start[i] = start;
    this.end[i] = end;
    this.confidence[i] = confidence;
  }

  /** True when an entry already covers [start, end) entirely (used to skip duplicate work). */
  covers(start: number, end: number): boolean {
    for (let i = 0; i < this.size; i++) if ((this.start[i] as number) <= start && (this.end[i] as number) >= end) return true;
    return false;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const detector = new Uint8Array(n);
    detector.set(this.detector);
    this.detector = detector;
    const start = new Int32Array(n);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(n);
    end.set(this.end);
    this.end = end;
    const confidence = new Float64Array(n);
    confidence.set(this.confidence);
    this.confidence = confidence;
    this.order = new Int32Array(n);
    this.kept = new Int32Array(n);
  }
}
