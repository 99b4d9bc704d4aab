import { isAsciiAlnum } from '../../engine/char-class.js';
import { HINT_GEO, HINT_LATITUDE, HINT_LONGITUDE } from '../../engine/column-context.js';
import { CUE_GEO } from '../../engine/context-words.js';
import { D } from '../../engine/detector-index.js';
import { boosted, type ScanState } from '../../engine/scan-state.js';

// GEO_COORDINATE: a latitude/longitude pair precise enough to find a person. Four decimals of a
// degree are about 11 m, so a pair needs at least four (three with a location column or word
// nearby); "39.9, 116.4" names a city, not a home. Decimal degrees "lat, lng" (also "lng, lat"
// when context says it is a coordinate), optional signs and parentheses; degrees-minutes-
// seconds "40° 26′ 46″ N, 79° 58′ 56″ W". A single number counts in a latitude or longitude
// column.

const CONFIDENCE = 0.85;
const MIN_DECIMALS = 4;
const MIN_DECIMALS_WITH_CONTEXT = 3;

type Decimal = { value: number; decimals: number; end: number };
const NUMBER: Decimal = { value: 0, decimals: 0, end: -1 };

/** Reads [+-]ddd.dddd at i into the shared NUMBER; end -1 when there is none. */
function readDecimal(st: ScanState, i: number): Decimal {
  const t = st.t;
  const n = st.to;
  const r = NUMBER;
  r.end = -1;
  let j = i;
  let sign = 1;
  const c0 = st.at(j);
  if (c0 === 45 || c0 === 43) {
    sign = c0 === 45 ? -1 : 1;
    j++;
  }
  let int = 0;
  let intDigits = 0;
  while (j < n && (t[j] as number) >= 48 && (t[j] as number) <= 57 && intDigits < 4) {
    int = int * 10 + (t[j] as number) - 48;
    intDigits++;
    j++;
  }
  if (intDigits === 0 || intDigits > 3 || st.at(j) !== 46) return r;
  j++;
  let frac = 0;
  let scale = 1;
  let decimals = 0;
  while (j < n && (t[j] as number) >= 48 && (t[j] as number) <= 57) {
    if (decimals < 12) {
      frac = frac * 10 + (t[j] as number) - 48;
      scale *= 10;
    }
    decimals++;
    j++;
  }
  if (decimals === 0 || isAsciiAlnum(st.at(j)) || (st.at(j) === 46 && isAsciiAlnum(st.at(j + 1)))) return r;
  r.value = sign * (int + frac / scale);
  r.decimals = decimals;
  r.end = j;
  return r;
}

function skipSpaces(st: ScanState, i: number): number {
  let j = i;
  while (j < st.to && st.t[j] === 32) j++;
  return j;
}

/** Tries a decimal pair or single coordinate whose first number starts at group a. */
export function matchGeoDecimal(st: ScanState, a: number): number {
  const run = st.run;
  // Prices and versions ("199.99", "1.2") have too few decimals to be a coordinate.
  if (a + 1 >= run.count || run.sep[a + 1] !== 46 || run.length(a + 1) < MIN_DECIMALS_WITH_CONTEXT || run.length(a) > 3) return -1;
  if (!run.isDigits(a) || !run.isDigits(a + 1) || !run.startsClean(a)) return -1;
  const lo = st.from;
  let start = run.start[a] as number;
  if (a === 0 && start > lo) {
    const sign = st.t[start - 1] as number;
    if ((sign === 45 || sign === 43) && !(start > lo + 1 && isAsciiAlnum(st.t[start - 2] as number))) start--;
  }
  const first = readDecimal(st, start);
  if (first.end < 0) return -1;
  const lat = first.value;
  const latDecimals = first.decimals;
  const firstEnd = first.end;
  const context = (st.hints & HINT_GEO) !== 0;
  // Pair: ", " then a second number.
  let j = skipSpaces(st, firstEnd);
  if (st.at(j) === 44) {
    j = skipSpaces(st, j + 1);
    const second = readDecimal(st, j);
    if (second.end >= 0) {
      const supported = context || st.hasCue(start, second.end, CUE_GEO);
      const need = supported ? MIN_DECIMALS_WITH_CONTEXT : MIN_DECIMALS;
      if (latDecimals < need || second.decimals < need) return -1;
      const lng = second.value;
      const inOrder = Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
      const reversed = supported && Math.abs(lat) <= 180 && Math.abs(lng) <= 90;
      if (!inOrder && !reversed) return -1;
      let end = second.end;
      if (start > lo && st.t[start - 1] === 40 && st.at(end) === 41) {
        start--;
        end++;
      }
      st.emit(D.GEO_COORDINATE, start, end, supported ? boosted(CONFIDENCE) : CONFIDENCE);
      return end;
    }
  }
  // A lone number in a latitude or longitude column.
  if ((st.hints & (HINT_LATITUDE | HINT_LONGITUDE)) === 0 || latDecimals < MIN_DECIMALS_WITH_CONTEXT) return -1;
  const limit = (st.hints & HINT_LATITUDE) !== 0 ? 90 : 180;
  if (Math.abs(lat) > limit || skipSpaces(st, firstEnd) !== st.to) return -1;
  st.emit(D.GEO_COORDINATE, start, firstEnd, boosted(CONFIDENCE));
  return firstEnd;
}

type Dms = { degrees: number; end: number };
const DMS: Dms = { degrees: 0, end: -1 };

/** Reads D° M′ S″ H (H a hemisphere letter from `hemispheres`) at i. */
function readDms(st: ScanState, i: number, maxDegrees: number, hemispheres: string): Dms {
  const r = DMS;
  r.end = -1;
  const parts = [0, 0, 0];
  const marks = [0xb0, 0x2032, 0x2033];
  const ascii = [0xb0, 39, 34];
  let j = i;
  for (let k = 0; k < 3; k++) {
    j = skipSpaces(st, j);
    let value = 0;
    let digits = 0;
    while (st.at(j) >= 48 && st.at(j) <= 57 && digits < 3) {
      value = value * 10 + st.at(j) - 48;
      digits++;
      j++;
    }
    if (digits === 0) return r;
    if (k === 2 && st.at(j) === 46) {
      j++;
      let scale = 0.1;
      while (st.at(j) >= 48 && st.at(j) <= 57) {
        value += (st.at(j) - 48) * scale;
        scale /= 10;
        j++;
      }
    }
    const mark = st.at(j);
    if (mark !== marks[k] && mark !== ascii[k]) return r;
    parts[k] = value;
    j++;
  }
  const [degrees = 0, minutes = 0, seconds = 0] = parts;
  if (minutes >= 60 || seconds >= 60 || degrees > maxDegrees || (degrees === maxDegrees && (minutes > 0 || seconds > 0))) return r;
  j = skipSpaces(st, j);
  const hemisphere = j < st.to ? String.fromCharCode(st.t[j] as number).toUpperCase() : '';
  if (hemisphere.length === 0 || !hemispheres.includes(hemisphere)) return r;
  j++;
  if (isAsciiAlnum(st.at(j))) return r;
  r.degrees = degrees;
  r.end = j;
  return r;
}

/** Tries "40° 26′ 46″ N, 79° 58′ 56″ W" whose first number is group a (followed by °). */
export function matchGeoDms(st: ScanState, a: number): number {
  const run = st.run;
  const start = run.start[a] as number;
  if (!run.isDigits(a) || st.at(run.end[a] as number) !== 0xb0 || !run.startsClean(a)) return -1;
  const lat = readDms(st, start, 90, 'NS');
  if (lat.end < 0) return -1;
  let j = skipSpaces(st, lat.end);
  if (st.at(j) === 44) j++;
  const lng = readDms(st, skipSpaces(st, j), 180, 'EW');
  if (lng.end < 0) return -1;
  const end = lng.end;
  st.emit(D.GEO_COORDINATE, start, end, (st.hints & HINT_GEO) !== 0 ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
