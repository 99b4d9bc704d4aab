/** Peeks at the first decoded chunk of a stream (to sniff its format) without losing it. */
export async function peekChunks(chunks: AsyncGenerator<Buffer>): Promise<{ head: Buffer | null; all: AsyncGenerator<Buffer> }> {
  const first = await chunks.next();
  if (first.done) return { head: null, all: chunks };
  const head = first.value;
  async function* all() {
    yield head;
    yield* chunks;
  }
  return { head, all: all() };
}
