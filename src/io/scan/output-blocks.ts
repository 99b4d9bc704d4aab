/** Size of each output block: findings are encoded straight into these, never into one big string. */
const OUTPUT_BLOCK = 1024 * 1024;
/** Rendered findings are joined into a string of about this length, then encoded in one call. */
const TEXT_BATCH = 16 * 1024;
/** Written blocks kept for reuse: enough for a task's output; beyond it they are left to the collector. */
const SPARE_BLOCKS = 8;

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
  /** Blocks handed back once written (`recycle`): reused instead of fresh memory, which costs page faults, and external-memory collections where it is freed. */
  private readonly spare: ArrayBuffer[] = [];

  /** Takes back the memory of blocks from `take` that were written out. */
  recycle(buffers: readonly ArrayBuffer[]): void {
    for (const buffer of buffers) if (buffer.byteLength === OUTPUT_BLOCK && this.spare.length < SPARE_BLOCKS) this.spare.push(buffer);
  }

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
      this.startBlock(bytes);
    }
    return this.current as Buffer;
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
      this.startBlock(text.length * 3);
    }
    this.used += (this.current as Buffer).write(text, this.used);
  }

  private startBlock(bytes: number): void {
    this.flush();
    const spare = bytes <= OUTPUT_BLOCK ? this.spare.pop() : undefined;
    this.current = spare === undefined ? Buffer.allocUnsafeSlow(Math.max(OUTPUT_BLOCK, bytes)) : Buffer.from(spare);
    this.view = new DataView(this.current.buffer, this.current.byteOffset, this.current.length);
  }

  private flush(): void {
    if (this.current !== null && this.used > 0) this.blocks.push(this.current.subarray(0, this.used));
    this.current = null;
    this.used = 0;
  }
}
