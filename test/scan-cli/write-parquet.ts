// A minimal Parquet writer for test fixtures (the project reads Parquet, it never writes it):
// one row group, REQUIRED UTF8 columns, PLAIN encoding, no compression, thrift compact metadata
// (Apache Parquet format, parquet.thrift; Thrift compact protocol spec).

class Compact {
  readonly bytes: number[] = [];
  private last: number[] = [0];

  varint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  private header(id: number, type: number): void {
    const delta = id - (this.last[this.last.length - 1] ?? 0);
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.varint(id * 2);
    }
    this.last[this.last.length - 1] = id;
  }
  i32(id: number, n: number): void {
    this.header(id, 5);
    this.varint(n * 2);
  }
  i64(id: number, n: number): void {
    this.header(id, 6);
    this.varint(n * 2);
  }
  binary(id: number, s: string): void {
    this.header(id, 8);
    const b = Buffer.from(s, 'utf8');
    this.varint(b.length);
    this.bytes.push(...b);
  }
  begin(id: number): void {
    this.header(id, 12);
    this.last.push(0);
  }
  end(): void {
    this.bytes.push(0);
    this.last.pop();
  }
  list(id: number, type: number, size: number): void {
    this.header(id, 9);
    if (size < 15) this.bytes.push((size << 4) | type);
    else {
      this.bytes.push(0xf0 | type);
      this.varint(size);
    }
  }
  /** A struct element of a list: fields follow, then end(). */
  element(): void {
    this.last.push(0);
  }
  rawVarintString(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.varint(b.length);
    this.bytes.push(...b);
  }
}

/** Parquet bytes holding the given string columns (all of one length). */
export function writeParquet(columns: Readonly<Record<string, readonly string[]>>): Buffer {
  const names = Object.keys(columns);
  const rows = columns[names[0] ?? '']?.length ?? 0;
  const parts: Buffer[] = [Buffer.from('PAR1')];
  let offset = 4;
  const chunks: { name: string; offset: number; size: number }[] = [];
  for (const name of names) {
    const values = columns[name] ?? [];
    const data = Buffer.concat(
      values.map((v) => {
        const b = Buffer.from(v, 'utf8');
        const len = Buffer.alloc(4);
        len.writeUInt32LE(b.length);
        return Buffer.concat([len, b]);
      }),
    );
    const h = new Compact();
    h.i32(1, 0);
    h.i32(2, data.length);
    h.i32(3, data.length);
    h.begin(5);
    h.i32(1, values.length);
    h.i32(2, 0);
    h.i32(3, 3);
    h.i32(4, 3);
    h.end();
    h.bytes.push(0);
    const page = Buffer.concat([Buffer.from(h.bytes), data]);
    chunks.push({ name, offset, size: page.length });
    parts.push(page);
    offset += page.length;
  }
  const m = new Compact();
  m.i32(1, 1);
  m.list(2, 12, names.length + 1);
  m.element();
  m.binary(4, 'schema');
  m.i32(5, names.length);
  m.end();
  for (const name of names) {
    m.element();
    m.i32(1, 6);
    m.i32(3, 0);
    m.binary(4, name);
    m.i32(6, 0);
    m.end();
  }
  m.i64(3, rows);
  m.list(4, 12, 1);
  m.element();
  m.list(1, 12, chunks.length);
  for (const c of chunks) {
    m.element();
    m.i64(2, c.offset);
    m.begin(3);
    m.i32(1, 6);
    m.list(2, 5, 1);
    m.varint(0);
    m.list(3, 8, 1);
    m.rawVarintString(c.name);
    m.i32(4, 0);
    m.i64(5, rows);
    m.i64(6, c.size);
    m.i64(7, c.size);
    m.i64(9, c.offset);
    m.end();
    m.end();
  }
  m.i64(
    2,
    chunks.reduce((n, c) => n + c.size, 0),
  );
  m.i64(3, rows);
  m.end();
  m.bytes.push(0);
  const meta = Buffer.from(m.bytes);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(meta.length);
  parts.push(meta, len, Buffer.from('PAR1'));
  return Buffer.concat(parts);
}
