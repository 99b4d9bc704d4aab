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
function readDecimal(text: string, i: number): Decimal {
  const r = NUMBER;
  r.end = -1;
  let j = i;
  let sign = 1;
  const c0 = text.charCodeAt(j);
  if (c0 === 45 || c0 === 43) {
    sign = c0 === 45 ? -1 : 1;
    j++;
  }
  let int = 0;
  let intDigits = 0;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57 && intDigits < 4) {
    int = int * 10 + text.charCodeAt(j) - 48;
    intDigits++;
    j++;
  }
  if (intDigits === 0 || intDigits > 3 || text.charCodeAt(j) !== 46) return r;
  j++;
  let frac = 0;
  let scale = 1;
  let decimals = 0;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) {
    if (decimals < 12) {
      frac = frac * 10 + text.charCodeAt(j) - 48;
      scale *= 10;
    }
    decimals++;
    j++;
  }
  if (decimals === 0 || isAsciiAlnum(text.charCodeAt(j)) || (text.charCodeAt(j) === 46 && isAsciiAlnum(text.charCodeAt(j + 1)))) return r;
  r.value = sign * (int + frac / scale);
  r.decimals = decimals;
  r.end = j;
  return r;
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  return j;
}

/** Tries a decimal pair or single coordinate whose first number starts at group a. */
export function matchGeoDecimal(st: ScanState, a: number): number {
  const run = st.run;
  // Prices and versions ("199.99", "1.2") have too few decimals to be a coordinate.
  if (a + 1 >= run.count || run.sep[a + 1] !== 46 || run.length(a + 1) < MIN_DECIMALS_WITH_CONTEXT || run.length(a) > 3) return -1;
  if (!run.isDigits(a) || !run.isDigits(a + 1) || !run.startsClean(a)) return -1;
  const text = run.text;
  let start = run.start[a] as number;
  if (a === 0 && start > 0) {
    const sign = text.charCodeAt(start - 1);
    if ((sign === 45 || sign === 43) && !(start > 1 && isAsciiAlnum(text.charCodeAt(start - 2)))) start--;
  }
  const first = readDecimal(text, start);
  if (first.end < 0) return -1;
  const lat = first.value;
  const latDecimals = first.decimals;
  const firstEnd = first.end;
  const context = (st.hints & HINT_GEO) !== 0;
  // Pair: ", " then a second number.
  let j = skipSpaces(text, firstEnd);
  if (text.charCodeAt(j) === 44) {
    j = skipSpaces(text, j + 1);
    const second = readDecimal(text, j);
    if (second.end >= 0) {
      const supported = context || st.hasCue(start, second.end, CUE_GEO);
      const need = supported ? MIN_DECIMALS_WITH_CONTEXT : MIN_DECIMALS;
      if (latDecimals < need || second.decimals < need) return -1;
      const lng = second.value;
      const inOrder = Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
      const reversed = supported && Math.abs(lat) <= 180 && Math.abs(lng) <= 90;
      if (!inOrder && !reversed) return -1;
      let end = second.end;
      if (start > 0 && text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41) {
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
  if (Math.abs(lat) > limit || skipSpaces(text, firstEnd) !== text.length) return -1;
  st.emit(D.GEO_COORDINATE, start, firstEnd, boosted(CONFIDENCE));
  return firstEnd;
}

type Dms = { degrees: number; end: number };
const DMS: Dms = { degrees: 0, end: -1 };

/** Reads D° M′ S″ H (H a hemisphere letter from `hemispheres`) at i. */
function readDms(text: string, i: number, maxDegrees: number, hemispheres: string): Dms {
  const r = DMS;
  r.end = -1;
  const parts = [0, 0, 0];
  const marks = [0xb0, 0x2032, 0x2033];
  const ascii = [0xb0, 39, 34];
  let j = i;
  for (let k = 0; k < 3; k++) {
    j = skipSpaces(text, j);
    let value = 0;
    let digits = 0;
    while (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57 && digits < 3) {
      value = value * 10 + text.charCodeAt(j) - 48;
      digits++;
      j++;
    }
    if (digits === 0) return r;
    if (k === 2 && text.charCodeAt(j) === 46) {
      j++;
      let scale = 0.1;
      while (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) {
        value += (text.charCodeAt(j) - 48) * scale;
        scale /= 10;
        j++;
      }
    }
    const mark = text.charCodeAt(j);
    if (mark !== marks[k] && mark !== ascii[k]) return r;
    parts[k] = value;
    j++;
  }
  const [degrees = 0, minutes = 0, seconds = 0] = parts;
  if (minutes >= 60 || seconds >= 60 || degrees > maxDegrees || (degrees === maxDegrees && (minutes > 0 || seconds > 0))) return r;
  j = skipSpaces(text, j);
  const hemisphere = text.charAt(j).toUpperCase();
  if (hemisphere.length === 0 || !hemispheres.includes(hemisphere)) return r;
  j++;
  if (isAsciiAlnum(text.charCodeAt(j))) return r;
  r.degrees = degrees;
  r.end = j;
  return r;
}

/** Tries "40° 26′ 46″ N, 79° 58′ 56″ W" whose first number is group a (followed by °). */
export function matchGeoDms(st: ScanState, a: number): number {
  const run = st.run;
  const text = run.text;
  const start = run.start[a] as number;
  if (!run.isDigits(a) || text.charCodeAt(run.end[a] as number) !== 0xb0 || !run.startsClean(a)) return -1;
  const lat = readDms(text, start, 90, 'NS');
  if (lat.end < 0) return -1;
  let j = skipSpaces(text, lat.end);
  if (text.charCodeAt(j) === 44) j++;
  const lng = readDms(text, skipSpaces(text, j), 180, 'EW');
  if (lng.end < 0) return -1;
  const end = lng.end;
  st.emit(D.GEO_COORDINATE, start, end, (st.hints & HINT_GEO) !== 0 ? boosted(CONFIDENCE) : CONFIDENCE);
  return end;
}
