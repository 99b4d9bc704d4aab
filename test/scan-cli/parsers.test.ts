import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCsvCell, parseCsvRecords, rawOffsetInQuotedCell } from '../../src/io/scan/csv-parse.js';
import { type JsonValue, JsonWalker, rawOffsetInJsonString } from '../../src/io/scan/json-walk.js';
import { countNewlines, lastRecordBoundary } from '../../src/io/scan/record-boundary.js';

function records(text: string, delimiter = ','): { cells: string[]; line: number; lines: number }[] {
  const out: { cells: string[]; line: number; lines: number }[] = [];
  parseCsvRecords(text, delimiter, (r) => out.push({ cells: [...r.cells], line: r.line, lines: r.lines }));
  return out;
}

describe('parseCsvRecords (RFC 4180)', () => {
  it('reads quoted delimiters, doubled quotes, quoted newlines and CRLF', () => {
    expect(records('a,"b,c","say ""hi"""\r\n"two\nlines",x,\n\n3,4,5\n')).toEqual([
      { cells: ['a', 'b,c', 'say "hi"'], line: 0, lines: 1 },
      { cells: ['two\nlines', 'x', ''], line: 1, lines: 2 },
      { cells: ['3', '4', '5'], line: 4, lines: 1 },
    ]);
  });

  it('reads TSV', () => {
    expect(records('a\tb\n1\t2\n', '\t').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('round-trips any cells through encodeCsvCell', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', ' ', '中') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = `${rows.map((r) => r.map((c) => encodeCsvCell(c, ',')).join(',')).join('\n')}\n`;
        expect(records(text).map((r) => r.cells)).toEqual(rows);
      }),
    );
  });

  it('maps offsets in a quoted cell back to the raw text', () => {
    const raw = '"say ""hi"" 138"';
    const cell = 'say "hi" 138';
    const at = cell.indexOf('138');
    expect(raw.slice(rawOffsetInQuotedCell(cell, at), rawOffsetInQuotedCell(cell, at + 3))).toBe('138');
  });
});

describe('lastRecordBoundary', () => {
  const bytes = (s: string) => Buffer.from(s);
  it('never cuts inside a quoted field', () => {
    const text = 'a,b\n1,"x\ny"\n2,"open\nstill open';
    expect(lastRecordBoundary(bytes(text), 44)).toBe(text.indexOf('2,"open'));
  });
  it('treats a quote inside an unquoted field as a character', () => {
    const text = 'tv,5" screen\nnext,1\n';
    expect(lastRecordBoundary(bytes(text), 44)).toBe(text.length);
  });
  it('counts newlines', () => expect(countNewlines(Buffer.from('a\nb\n\nc'))).toBe(3));
});

describe('JsonWalker', () => {
  const textOf = (text: string, v: JsonValue) => (v.escaped ? v.decoded : text.slice(v.rawStart, v.rawEnd));
  function visit(text: string, walker = new JsonWalker()) {
    const seen: string[] = [];
    walker.begin(text);
    const ok = walker.walk(text, 0, text.length, (v) => seen.push(`${walker.exactPath()}|${v.node.path}|${textOf(text, v)}|${v.line}`));
    return { ok, seen };
  }

  it('reports strings and numbers with exact and generic paths', () => {
    expect(visit('{"user":{"phone":"138","age":30},"items":[{"e":"a@b"},{"e":"c@d"}],"ok":true,"n":null,"odd key":"x"}')).toEqual({
      ok: true,
      seen: [
        '$.user.phone|$.user.phone|138|0',
        '$.user.age|$.user.age|30|0',
        '$.items[0].e|$.items[*].e|a@b|0',
        '$.items[1].e|$.items[*].e|c@d|0',
        '$["odd key"]|$["odd key"]|x|0',
      ],
    });
  });

  it('tracks lines in a multi-line document', () => {
    expect(visit('[\n {"a": "x"},\n {"a": "y"}\n]').seen).toEqual(['$[0].a|$[*].a|x|1', '$[1].a|$[*].a|y|2']);
  });

  it('decodes escapes and maps offsets back to the raw text', () => {
    const raw = '{"m":"q\\" \\u4e2d 138"}';
    const walker = new JsonWalker();
    walker.begin(raw);
    walker.walk(raw, 0, raw.length, (v) => {
      expect(v.decoded).toBe('q" 中 138');
      expect(v.escaped).toBe(true);
      const at = v.decoded.indexOf('138');
      expect(raw.slice(v.rawStart + rawOffsetInJsonString(raw, v.rawStart, at), v.rawStart + rawOffsetInJsonString(raw, v.rawStart, at + 3))).toBe('138');
    });
  });

  it.each(['{"a":', '{"a" 1}', '[1,2', '{"a":1}x', 'not json', '{"a":"bad \\q escape"}', '{"bad \\q key":1}'])('rejects %j', (text) => {
    expect(visit(text).ok).toBe(false);
  });

  it('walks the lines of one text in order, reading a repeated schema without re-reading keys', () => {
    const text = '{"user":{"phone":"1","tags":["a"]}}\n{"user":{"phone":"2","tags":["b","c"]}}\n{"user":{"mail":"3"},"x":4}';
    const walker = new JsonWalker();
    walker.begin(text);
    const seen: string[] = [];
    let from = 0;
    for (const line of text.split('\n')) {
      walker.walk(text, from, from + line.length, (v) => seen.push(`${walker.exactPath()}|${v.node.path}|${textOf(text, v)}`));
      from += line.length + 1;
    }
    expect(seen).toEqual([
      '$.user.phone|$.user.phone|1',
      '$.user.tags[0]|$.user.tags[*]|a',
      '$.user.phone|$.user.phone|2',
      '$.user.tags[0]|$.user.tags[*]|b',
      '$.user.tags[1]|$.user.tags[*]|c',
      '$.user.mail|$.user.mail|3',
      '$.x|$.x|4',
    ]);
  });

  it('accepts whatever JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(visit(text).ok).toBe(true);
      }),
    );
  });
});
