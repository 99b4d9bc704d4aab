/**
 * A JSON tokenizer that reports every string and number value with its JSON path and its raw
 * position, so findings in JSON get exact offsets within the physical line (JSON.parse gives
 * values but not where they were). Keys are not scanned: they name fields.
 */
export type JsonValue = {
  /** The value as text: a decoded string, or a number as written. */
  text: string;
  /** Raw offset of the value's first character (after the opening quote for strings). */
  rawStart: number;
  /** True when the raw string held escapes: offsets must go through `rawOffsetInJsonString`. */
  escaped: boolean;
  /** Path with array indexes as `[*]` (`$.items[*].phone`): the summary's column. */
  genericPath: string;
  /** `\n` seen before the value, and the offset where its line starts. */
  line: number;
  lineStart: number;
};

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
const segmentCache = new Map<string, string>();

/** `.key` for identifier-like keys, `["odd key"]` otherwise. */
function keySegment(key: string): string {
  let segment = segmentCache.get(key);
  if (segment === undefined) {
    segment = IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    if (segmentCache.size < 100_000) segmentCache.set(key, segment);
  }
  return segment;
}

type Frame = { isArray: boolean; index: number; key: string; generic: string };

/** Walks one JSON text; `exactPath()` gives the current value's full path (`$.items[3].phone`). */
export class JsonWalker {
  private readonly stack: Frame[] = [];
  private depth = 0;
  readonly value: JsonValue = { text: '', rawStart: 0, escaped: false, genericPath: '$', line: 0, lineStart: 0 };

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
      path += frame.isArray ? `[${frame.index}]` : keySegment(frame.key);
    }
    return path;
  }

  /**
   * Visits every string and number in `text[from, to)`; returns false on malformed JSON (values
   * seen so far were visited). Multi-line documents track lines (JSON strings hold no raw newline).
   */
  walk(text: string, from: number, to: number, visit: (value: JsonValue) => void): boolean {
    const v = this.value;
    this.depth = 0;
    v.line = 0;
    v.lineStart = from;
    let pos = from;
    let nextBackslash = text.indexOf('\\', from);
    let expectValue = true;
    const skipSpace = () => {
      for (; pos < to; pos++) {
        const c = text.charCodeAt(pos);
        if (c === 10) {
          v.line++;
          v.lineStart = pos + 1;
        } else if (c !== 32 && c !== 9 && c !== 13) return;
      }
    };
    const readString = (): { end: number; escaped: boolean } | null => {
      // pos is on the opening quote
      let close = text.indexOf('"', pos + 1);
      let escaped = false;
      if (nextBackslash !== -1 && nextBackslash < pos) nextBackslash = text.indexOf('\\', pos);
      if (nextBackslash !== -1 && nextBackslash < close) {
        escaped = true;
        let p = pos + 1;
        for (;;) {
          const slash = text.indexOf('\\', p);
          close = text.indexOf('"', p);
          if (close === -1 || close >= to) return null;
          if (slash === -1 || slash > close) break;
          p = slash + 2;
        }
        nextBackslash = text.indexOf('\\', close);
      }
      if (close === -1 || close >= to) return null;
      return { end: close, escaped };
    };
    const pathOfValue = (): string => {
      if (this.depth === 0) return '$';
      const frame = this.stack[this.depth - 1] as Frame;
      return frame.isArray ? `${frame.generic}[*]` : frame.generic + keySegment(frame.key);
    };
    const afterValue = (): boolean => {
      skipSpace();
      if (this.depth === 0) return true;
      const frame = this.stack[this.depth - 1] as Frame;
      const c = text.charCodeAt(pos);
      if (c === 44) {
        pos++;
        if (frame.isArray) frame.index++;
        else {
          skipSpace();
          if (!this.readKey(text, pos, to, frame)) return false;
          pos = this.keyEnd;
        }
        expectValue = true;
        return true;
      }
      if (c === (frame.isArray ? 93 : 125)) {
        pos++;
        this.depth--;
        expectValue = false;
        return true;
      }
      return false;
    };

    while (true) {
      skipSpace();
      if (pos >= to) return this.depth === 0 && !expectValue;
      if (!expectValue) {
        if (this.depth === 0) return false; // trailing garbage after a complete value
        if (!afterValue()) return false;
        continue;
      }
      const c = text.charCodeAt(pos);
      if (c === 34) {
        const s = readString();
        if (s === null) return false;
        v.escaped = s.escaped;
        v.rawStart = pos + 1;
        v.text = s.escaped ? (JSON.parse(text.slice(pos, s.end + 1)) as string) : text.slice(pos + 1, s.end);
        v.genericPath = pathOfValue();
        visit(v);
        pos = s.end + 1;
        expectValue = false;
        if (this.depth === 0) continue;
        if (!afterValue()) return false;
      } else if (c === 123 || c === 91) {
        const parent = pathOfValue();
        let frame = this.stack[this.depth];
        if (frame === undefined) {
          frame = { isArray: false, index: 0, key: '', generic: '' };
          this.stack.push(frame);
        }
        frame.isArray = c === 91;
        frame.index = 0;
        frame.generic = parent;
        this.depth++;
        pos++;
        skipSpace();
        if (text.charCodeAt(pos) === (c === 91 ? 93 : 125)) {
          pos++;
          this.depth--;
          expectValue = false;
          if (this.depth > 0 && !afterValue()) return false;
          continue;
        }
        if (c === 123) {
          if (!this.readKey(text, pos, to, frame)) return false;
          pos = this.keyEnd;
        }
        expectValue = true;
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
          v.text = text.slice(pos, end);
          v.genericPath = pathOfValue();
          visit(v);
        }
        pos = end;
        expectValue = false;
        if (this.depth > 0 && !afterValue()) return false;
      }
    }
  }

  private keyEnd = 0;

  /** Reads `"key" :` at `pos` into the frame; sets keyEnd past the colon. */
  private readKey(text: string, pos: number, to: number, frame: Frame): boolean {
    if (text.charCodeAt(pos) !== 34) return false;
    let close = text.indexOf('"', pos + 1);
    while (close !== -1 && close < to && text.charCodeAt(close - 1) === 92) {
      let slashes = 0;
      for (let i = close - 1; text.charCodeAt(i) === 92; i--) slashes++;
      if (slashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (close === -1 || close >= to) return false;
    const raw = text.slice(pos + 1, close);
    frame.key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    let p = close + 1;
    while (p < to && text.charCodeAt(p) !== 58) {
      const c = text.charCodeAt(p);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
      p++;
    }
    if (p >= to) return false;
    this.keyEnd = p + 1;
    return true;
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
