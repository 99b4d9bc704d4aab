/** Size of each output block: findings are encoded straight into these, never into one big string. */
const OUTPUT_BLOCK = 1024 * 1024;
/** Rendered findings are joined into a string of about this length, then encoded in one call. */
const TEXT_BATCH = 16 * 1024;

/**
 * Collects rendered findings as UTF-8 in large blocks (each owning its memory, so a worker can
 * transfer them): no big string is ever built, which kept V8's large-object space and the
 * garbage collector busy when a block's jsonl was joined. Lines are batched into short strings
 * first: one `Buffer#write` per batch costs far less than one per finding.
 */
export class OutputBlocks {
  private blocks: Buffer[] = [];
  private current: Buffer | null = null;
  private used = 0;
  private pending = '';

  append(text: string): void {
    this.pending += text;
    if (this.pending.length >= TEXT_BATCH) this.encodePending();
  }

  /**
   * A block with at least `bytes` free after `end` (a new one when the current one is full), for
   * writing bytes in place; `commit` the new end afterwards. Its DataView is `view`.
   */
  room(bytes: number): Buffer {
    this.encodePending();
    if (this.current === null || this.current.length - this.used < bytes) {
      this.flush();
      this.current = Buffer.allocUnsafeSlow(Math.max(OUTPUT_BLOCK, bytes));
      this.view = new DataView(this.current.buffer, this.current.byteOffset, this.current.length);
    }
    return this.current;
  }

  view: DataView = new DataView(new ArrayBuffer(0));

  get end(): number {
    return this.used;
  }

  commit(end: number): void {
    this.used = end;
  }

  /** The blocks written so far (views of exactly the bytes used); the collector starts empty again. */
  take(): Buffer[] {
    this.encodePending();
    this.flush();
    const blocks = this.blocks;
    this.blocks = [];
    return blocks;
  }

  private encodePending(): void {
    const text = this.pending;
    if (text.length === 0) return;
    this.pending = '';
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (this.current === null || this.current.length - this.used < text.length * 3) {
      this.flush();
      this.current = Buffer.allocUnsafeSlow(Math.max(OUTPUT_BLOCK, text.length * 3));
      this.view = new DataView(this.current.buffer, this.current.byteOffset, this.current.length);
    }
    this.used += this.current.write(text, this.used);
  }

  private flush(): void {
    if (this.current !== null && this.used > 0) this.blocks.push(this.current.subarray(0, this.used));
    this.current = null;
    this.used = 0;
  }
}
