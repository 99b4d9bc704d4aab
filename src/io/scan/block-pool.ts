/**
 * Spare input blocks of one size. A block whose task is done is read into again instead of
 * fresh memory, which costs a page fault per 4 KiB on first touch and is freed only when the
 * collector runs (it is external memory, so it also brings collections forward).
 */
export class BlockPool {
  private readonly spare: ArrayBuffer[] = [];

  constructor(
    readonly size: number,
    private readonly max = 8,
  ) {}

  /** A block of `size` bytes (contents undefined). */
  take(): Buffer {
    const spare = this.spare.pop();
    return spare === undefined ? Buffer.allocUnsafeSlow(this.size) : Buffer.from(spare);
  }

  /** Hands back a block's memory once nothing reads it any more; other sizes are left to the collector. */
  give(buffer: ArrayBufferLike): void {
    if (buffer instanceof ArrayBuffer && buffer.byteLength === this.size && this.spare.length < this.max) this.spare.push(buffer);
  }
}
