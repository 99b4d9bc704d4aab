import { isAsciiAlnum, isHexDigit } from '../../engine/char-class.js';
import { HINT_IP } from '../../engine/column-context.js';
import { D } from '../../engine/detector-index.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// IP_ADDRESS: IPv4 dotted quads (RFC 791; no leading zeros, each octet <= 255) with an optional
// /prefix, and IPv6 (RFC 4291 §2.2 text forms, RFC 4007 zone ids, RFC 5952 case-insensitive).
// Addresses that identify no host are not personal and are skipped (RFC 6890 special purpose):
// 0.0.0.0/8, 127/8 loopback, 224/4 multicast, 240/4 reserved and 255.255.255.255, network
// prefixes (x.x.x.0, CIDR with zero host bits), ::, ::1 and ff00::/8.

const V4_CONFIDENCE = 0.85;
const V6_CONFIDENCE = 0.9;
/** The longest IPv6 text form (45 characters, "ffff:...:255.255.255.255") with room to spare. */
const MAX_TOKEN = 64;

/** Octet value of a 1-3 digit group t[start, end) without leading zero, or -1. */
function octet(t: Uint16Array, start: number, end: number): number {
  const len = end - start;
  if (len < 1 || len > 3) return -1;
  if (len > 1 && t[start] === 48) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = (t[i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v > 255 ? -1 : v;
}

/** Tries a dotted quad at group a of the run; returns the end character or -1. */
export function matchIpv4(st: ScanState, a: number): number {
  const run = st.run;
  if (a + 3 >= run.count) return -1;
  for (let g = a + 1; g <= a + 3; g++) if (run.sep[g] !== 46) return -1;
  if (!run.startsClean(a)) return -1;
  const t = run.t;
  const o1 = octet(t, run.start[a] as number, run.end[a] as number);
  const o2 = octet(t, run.start[a + 1] as number, run.end[a + 1] as number);
  const o3 = octet(t, run.start[a + 2] as number, run.end[a + 2] as number);
  const o4 = octet(t, run.start[a + 3] as number, run.end[a + 3] as number);
  if (o1 < 0 || o2 < 0 || o3 < 0 || o4 < 0) return -1;
  let b = a + 3;
  let prefix = 32;
  // "/24": a CIDR prefix belongs to the address.
  if (b + 1 < run.count && run.sep[b + 1] === 47 && run.length(b + 1) <= 2 && run.isDigits(b + 1)) {
    prefix = run.numberOf(b + 1);
    if (prefix > 32) return -1;
    b++;
  }
  if (!run.endsClean(b) || (b + 1 < run.count && run.sep[b + 1] === 46)) return -1;
  if (o1 === 0 || o1 === 127 || o1 >= 224) return -1;
  const address = ((o1 << 24) | (o2 << 16) | (o3 << 8) | o4) >>> 0;
  const hostBits = prefix === 32 ? 0 : address % 2 ** (32 - prefix);
  if ((prefix < 32 && hostBits === 0) || (prefix === 32 && o4 === 0)) return -1;
  const start = run.start[a] as number;
  const end = run.end[b] as number;
  st.emit(D.IP_ADDRESS, start, end, (st.hints & HINT_IP) !== 0 ? boosted(V4_CONFIDENCE) : V4_CONFIDENCE);
  return end;
}

/** IPv4 dotted quad occupying exactly t[start, end) (the tail of an IPv6 address). */
function isDottedQuad(t: Uint16Array, start: number, end: number): boolean {
  let parts = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || t[i] === 46) {
      if (octet(t, from, i) < 0) return false;
      parts++;
      from = i + 1;
    }
  }
  return parts === 4;
}

/** Result of `parseIpv6`: end of the address (before zone/prefix checks), or -1. */
export type Ipv6Parse = { end: number; groups: number; longest: number; unspecified: boolean; loopback: boolean; multicast: boolean };

const PARSE: Ipv6Parse = { end: -1, groups: 0, longest: 0, unspecified: false, loopback: false, multicast: false };

/**
 * Parses an IPv6 address in text form at `start` up to `limit` (the end of the hex/colon/dot
 * token, within the window of st). Returns a shared result object (end -1 when invalid).
 */
export function parseIpv6(st: ScanState, start: number, limit: number): Ipv6Parse {
  const t = st.t;
  const r = PARSE;
  r.end = -1;
  let i = start;
  let groups = 0;
  let compressed = false;
  let longest = 0;
  let allZero = true;
  let lastValue = -1;
  let firstValue = -1;
  if (st.at(i) === 58) {
    if (st.at(i + 1) !== 58) return r;
    compressed = true;
    i += 2;
  }
  while (i < limit) {
    // One group, or an IPv4 tail.
    let j = i;
    let value = 0;
    while (j < limit && isHexDigit(t[j] as number) && j - i < 5) {
      const c = t[j] as number;
      value = value * 16 + (c <= 57 ? c - 48 : (c | 32) - 87);
      j++;
    }
    const len = j - i;
    if (len === 0) {
      if (i === limit) break;
      return r;
    }
    if (j < limit && t[j] === 46) {
      // IPv4 tail: must end the address.
      if (groups > 6 || (!compressed && groups !== 6) || !isDottedQuad(t, i, limit)) return r;
      groups += 2;
      i = limit;
      allZero = false;
      longest = 4;
      break;
    }
    if (len > 4) return r;
    if (len > longest) longest = len;
    if (value !== 0) allZero = false;
    if (firstValue < 0) firstValue = value;
    lastValue = value;
    groups++;
    i = j;
    if (i === limit) break;
    if (st.at(i) !== 58) return r;
    if (st.at(i + 1) === 58) {
      if (compressed) return r;
      compressed = true;
      i += 2;
      // "2001:db8::" names a network, not a host.
      if (i === limit) return r;
    } else {
      i += 1;
      if (i === limit) return r; // trailing single ':'
    }
  }
  if (compressed ? groups > 7 : groups !== 8) return r;
  r.end = i;
  r.groups = groups;
  r.longest = longest;
  r.unspecified = allZero;
  r.loopback = compressed && groups === 1 && lastValue === 1 && firstValue === 1 && st.at(start) === 58;
  r.multicast = firstValue >= 0xff00 && st.at(start) !== 58;
  return r;
}

function isTokenChar(c: number): boolean {
  return isHexDigit(c) || c === 58 || c === 46;
}

/**
 * Tries an IPv6 address whose token starts at `start` ("2001:db8::1", "::ffff:10.0.0.1",
 * "fe80::1%eth0/64"); returns the end character or -1. `[...]` brackets and a trailing '.' are
 * left out.
 */
export function matchIpv6At(st: ScanState, start: number): number {
  const t = st.t;
  const n = st.to;
  if (start > st.from) {
    const before = t[start - 1] as number;
    if (isAsciiAlnum(before) || before === 58 || before === 46) return -1;
  }
  let limit = start;
  while (limit < n && limit - start <= MAX_TOKEN && isTokenChar(t[limit] as number)) limit++;
  if (limit - start > MAX_TOKEN) return -1;
  while (limit > start && t[limit - 1] === 46) limit--; // "2001:db8::1."
  const after = limit < n ? (t[limit] as number) : 0;
  if (isAsciiAlnum(after)) return -1;
  const r = parseIpv6(st, start, limit);
  if (r.end < 0 || r.unspecified || r.loopback || r.multicast) return -1;
  // "1::8", "a::b", "std::1": too little of an address to be one.
  if (r.groups < 8 && r.longest < 3) return -1;
  let end = r.end;
  // RFC 4007 zone id, then a prefix length.
  if (st.at(end) === 37) {
    let j = end + 1;
    while (j < n && (isAsciiAlnum(t[j] as number) || t[j] === 95)) j++;
    if (j > end + 1) end = j;
  }
  if (st.at(end) === 47) {
    let j = end + 1;
    let value = 0;
    while (j < n && j - end <= 3 && (t[j] as number) >= 48 && (t[j] as number) <= 57) {
      value = value * 10 + (t[j] as number) - 48;
      j++;
    }
    if (j > end + 1 && value <= 128 && !isAsciiAlnum(st.at(j))) end = j;
  }
  st.emit(D.IP_ADDRESS, start, end, (st.hints & HINT_IP) !== 0 ? boosted(V6_CONFIDENCE) : V6_CONFIDENCE);
  return end;
}
