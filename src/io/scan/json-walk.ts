/**
 * A JSON tokenizer that reports every string and number value with its JSON path and its raw
 * position, so findings in JSON get exact offsets within the physical line (JSON.parse gives
 * values but not where they were). Keys are not scanned: they name fields. Values are not
 * copied: a value is `text[rawStart, rawEnd)`, decoded only when it holds escapes. Paths are
 * interned nodes, so a JSON Lines file with one schema builds each path string once.
 */
export type JsonValue = {
  /** The generic path of the value (array indexes as `[*]`): the summary's column. */
  node: JsonPath;
  /** Raw offsets of the value: after the opening quote up to the closing quote for strings, the token for numbers. */
  rawStart: number;
  rawEnd: number;
  /** True when the raw string held escapes: `decoded` holds the value, and offsets go through `rawOffsetInJsonString`. */
  escaped: boolean;
  decoded: string;
  /** `\n` seen before the value, and the offset where its line starts. */
  line: number;
  lineStart: number;
};

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
/** Distinct paths kept before the tree starts over (keys that are data, like ids, would grow it forever). */
const MAX_PATHS = 100_000;

/** A path with array indexes as `[*]` (`$.items[*].phone`), one node per distinct path. */
export class JsonPath {
  /** Children by key (objects), and the `[*]` child (arrays). */
  private readonly children = new Map<string, JsonPath>();
  private elements: JsonPath | null = null;
  /** The child seen last at each key position, with its raw key: lines of one schema hit it without reading the key. */
  readonly keyOrder: JsonPath[] = [];
  readonly rawKeys: string[] = [];
  /** Free for the caller (column hints, tallies): the walker never reads these. */
  hints = -1;
  column: unknown = null;
  columnOwner: unknown = null;
  private json: string | null = null;

  constructor(
    readonly path: string,
    /** This node's part of an exact path: `.key`, `["odd key"]`; '' for the root and `[*]` nodes. */
    readonly segment: string,
    private readonly tree: { size: number },
  ) {}

  /** The path as JSON (`"$.user.phone"`), made once. */
  pathJson(): string {
    this.json ??= JSON.stringify(this.path);
    return this.json;
  }

  child(key: string): JsonPath {
    let node = this.children.get(key);
    if (node === undefined) {
      const segment = IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
      node = new JsonPath(this.path + segment, segment, this.tree);
      this.children.set(key, node);
      this.tree.size++;
    }
    return node;
  }

  element(): JsonPath {
    if (this.elements === null) {
      this.elements = new JsonPath(`${this.path}[*]`, '', this.tree);
      this.tree.size++;
    }
    return this.elements;
  }
}

type Frame = { isArray: boolean; index: number; node: JsonPath; keys: number; key: JsonPath | null };

/** Walks JSON texts; `exactPath()` gives the current value's full path (`$.items[3].phone`). */
export class JsonWalker {
  private tree = { size: 0 };
  private root = new JsonPath('$', '', this.tree);
  private readonly stack: Frame[] = [];
  private depth = 0;
  /** Next backslash at or after the current position (-1: none up to the end of the text): searched once per text, not per line. */
  private nextBackslash = -1;
  readonly value: JsonValue = { node: this.root, rawStart: 0, rawEnd: 0, escaped: false, decoded: '', line: 0, lineStart: 0 };

  /**
   * Starts a new text (a block of JSON Lines, a document): `walk` then reads parts of it in order.
   * The path tree is kept from text to text unless it grew past MAX_PATHS.
   */
  begin(text: string): void {
    this.nextBackslash = text.indexOf('\\');
    if (this.tree.size > MAX_PATHS) {
      this.tree = { size: 0 };
      this.root = new JsonPath('$', '', this.tree);
    }
  }

  /** Index within a top-level array (the record of a JSON document), 0 when the root is not an array. */
  topIndex(): number {
    const root = this.stack[0];
    return this.depth > 0 && root?.isArray ? root.index : 0;
  }

  /** The exact path of the value being visited, built only when asked (a finding was made). */
  exactPath(): string {
    let path = '$';
    for (let d = 0; d < this.depth; d++) {
      const frame = this.stack[d] as Frame;
      path += frame.isArray ? `[${frame.index}]` : (frame.key as JsonPath).segment;
    }
    return path;
  }

  /** True when no array lies on the current path (the exact path is then the generic one). */
  plainPath(): boolean {
    for (let d = 0; d < this.depth; d++) if ((this.stack[d] as Frame).isArray) return false;
    return true;
  }

  // The walk's state, in fields rather than closures: a walk per JSON Lines record allocates nothing.
  private text = '';
  private pos = 0;
  private to = 0;
  private expectValue = true;

  /**
   * Visits every string and number in `text[from, to)`; returns false on malformed JSON (values
   * seen so far were visited). Multi-line documents track lines (JSON strings hold no raw newline).
   * Call `begin(text)` first; parts of one text are walked in order, start to end.
   */
  walk(text: string, from: number, to: number, visit: (value: JsonValue) => void): boolean {
    const v = this.value;
    this.text = text;
    this.to = to;
    this.depth = 0;
    this.pos = from;
    this.expectValue = true;
    v.line = 0;
    v.lineStart = from;
    while (true) {
      this.skipSpace();
      let pos = this.pos;
      if (pos >= to) return this.depth === 0 && !this.expectValue;
      if (!this.expectValue) {
        if (this.depth === 0) return false; // trailing garbage after a complete value
        if (!this.afterValue()) return false;
        continue;
      }
      const c = text.charCodeAt(pos);
      if (c === 34) {
        const end = this.readString();
        if (end < 0) return false;
        v.rawStart = pos + 1;
        v.rawEnd = end;
        if (v.escaped) {
          const decoded = parseJsonString(text.slice(pos, end + 1));
          if (decoded === null) return false;
          v.decoded = decoded;
        }
        v.node = this.nodeOfValue();
        visit(v);
        this.pos = end + 1;
        this.expectValue = false;
        if (this.depth === 0) continue;
        if (!this.afterValue()) return false;
      } else if (c === 123 || c === 91) {
        const node = this.nodeOfValue();
        let frame = this.stack[this.depth];
        if (frame === undefined) {
          frame = { isArray: false, index: 0, node, keys: 0, key: null };
          this.stack.push(frame);
        }
        frame.isArray = c === 91;
        frame.index = 0;
        frame.node = node;
        frame.keys = 0;
        this.depth++;
        this.pos = pos + 1;
        this.skipSpace();
        pos = this.pos;
        if (text.charCodeAt(pos) === (c === 91 ? 93 : 125)) {
          this.pos = pos + 1;
          this.depth--;
          this.expectValue = false;
          if (this.depth > 0 && !this.afterValue()) return false;
          continue;
        }
        if (c === 123) {
          this.pos = this.readKey(text, pos, to, frame);
          if (this.pos < 0) return false;
        }
        this.expectValue = true;
      } else {
        let end = pos;
        while (end < to) {
          const d = text.charCodeAt(end);
          if (d === 44 || d === 93 || d === 125 || d === 32 || d === 10 || d === 13 || d === 9) break;
          end++;
        }
        if (end === pos) return false;
        if ((c >= 48 && c <= 57) || c === 45) {
          v.escaped = false;
          v.rawStart = pos;
          v.rawEnd = end;
          v.node = this.nodeOfValue();
          visit(v);
        }
        this.pos = end;
        this.expectValue = false;
        if (this.depth > 0 && !this.afterValue()) return false;
      }
    }
  }

  private skipSpace(): void {
    const text = this.text;
    const to = this.to;
    const v = this.value;
    let pos = this.pos;
    for (; pos < to; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10) {
        v.line++;
        v.lineStart = pos + 1;
      } else if (c !== 32 && c !== 9 && c !== 13) break;
    }
    this.pos = pos;
  }

  /** End of the string whose opening quote is at pos (-1: malformed); sets value.escaped. */
  private readString(): number {
    const text = this.text;
    const pos = this.pos;
    const to = this.to;
    let close = text.indexOf('"', pos + 1);
    this.value.escaped = false;
    if (this.nextBackslash !== -1 && this.nextBackslash < pos) this.nextBackslash = text.indexOf('\\', pos);
    if (this.nextBackslash !== -1 && this.nextBackslash < close) {
      this.value.escaped = true;
      let p = pos + 1;
      for (;;) {
        const slash = text.indexOf('\\', p);
        close = text.indexOf('"', p);
        if (close === -1 || close >= to) return -1;
        if (slash === -1 || slash > close) break;
        p = slash + 2;
      }
      this.nextBackslash = text.indexOf('\\', close);
    }
    if (close === -1 || close >= to) return -1;
    return close;
  }

  private nodeOfValue(): JsonPath {
    if (this.depth === 0) return this.root;
    const frame = this.stack[this.depth - 1] as Frame;
    return frame.isArray ? frame.node.element() : (frame.key as JsonPath);
  }

  private afterValue(): boolean {
    this.skipSpace();
    if (this.depth === 0) return true;
    const frame = this.stack[this.depth - 1] as Frame;
    const c = this.text.charCodeAt(this.pos);
    if (c === 44) {
      this.pos++;
      if (frame.isArray) frame.index++;
      else {
        this.skipSpace();
        this.pos = this.readKey(this.text, this.pos, this.to, frame);
        if (this.pos < 0) return false;
      }
      this.expectValue = true;
      return true;
    }
    if (c === (frame.isArray ? 93 : 125)) {
      this.pos++;
      this.depth--;
      this.expectValue = false;
      return true;
    }
    return false;
  }

  /** Reads `"key" :` at `pos` into the frame; returns the position after the colon, or -1. */
  private readKey(text: string, pos: number, to: number, frame: Frame): number {
    if (text.charCodeAt(pos) !== 34) return -1;
    const k = frame.keys++;
    const known = frame.node.keyOrder[k];
    const knownRaw = frame.node.rawKeys[k];
    let close: number;
    if (
      known !== undefined &&
      knownRaw !== undefined &&
      pos + 1 + knownRaw.length < to &&
      text.charCodeAt(pos + 1 + knownRaw.length) === 34 &&
      text.startsWith(knownRaw, pos + 1)
    ) {
      // The same key as at this position last time: no need to read it.
      close = pos + 1 + knownRaw.length;
      frame.key = known;
    } else {
      close = text.indexOf('"', pos + 1);
      while (close !== -1 && close < to && text.charCodeAt(close - 1) === 92) {
        let slashes = 0;
        for (let i = close - 1; text.charCodeAt(i) === 92; i--) slashes++;
        if (slashes % 2 === 0) break;
        close = text.indexOf('"', close + 1);
      }
      if (close === -1 || close >= to) return -1;
      const raw = text.slice(pos + 1, close);
      const key = raw.includes('\\') ? parseJsonString(`"${raw}"`) : raw;
      if (key === null) return -1;
      frame.key = frame.node.child(key);
      frame.node.keyOrder[k] = frame.key;
      frame.node.rawKeys[k] = raw;
    }
    let p = close + 1;
    while (p < to && text.charCodeAt(p) !== 58) {
      const c = text.charCodeAt(p);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return -1;
      p++;
    }
    if (p >= to) return -1;
    return p + 1;
  }
}

/** A JSON string literal's value, or null when it is not a valid one (a bad escape). */
function parseJsonString(literal: string): string | null {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return null;
  }
}

/** Raw offset (from the character after the opening quote) of decoded offset `at` in a string with escapes. */
export function rawOffsetInJsonString(text: string, rawStart: number, at: number): number {
  let raw = rawStart;
  for (let decoded = 0; decoded < at; decoded++) {
    if (text.charCodeAt(raw) === 92) raw += text.charCodeAt(raw + 1) === 117 ? 6 : 2;
    else raw++;
  }
  return raw - rawStart;
}
