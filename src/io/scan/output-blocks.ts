/** Size of each output block: findings are encoded straight into these, never into one big string. */
const OUTPUT_BLOCK = 1024 * 1024;

/**
 * Collects rendered findings as UTF-8 in large blocks (each owning its memory, so a worker can
 * transfer them): no big string is ever built, which kept V8's large-object space and the
 * garbage collector busy when a block's jsonl was joined.
 */
export class OutputBlocks {
  private blocks: Buffer[] = [];
  private current: Buffer | null = null;
  private used = 0;

  append(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (this.current === null || this.current.length - this.used < text.length * 3) {
      this.flush();
      this.current = Buffer.allocUnsafeSlow(Math.max(OUTPUT_BLOCK, text.length * 3));
    }
    this.used += this.current.write(text, this.used);
  }

  /** The blocks written so far (views of exactly the bytes used); the collector starts empty again. */
  take(): Buffer[] {
    this.flush();
    const blocks = this.blocks;
    this.blocks = [];
    return blocks;
  }

  private flush(): void {
    if (this.current !== null && this.used > 0) this.blocks.push(this.current.subarray(0, this.used));
    this.current = null;
    this.used = 0;
  }
}
