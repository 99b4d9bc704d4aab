import { matchCnMobile } from '../detectors/cn/mobile.js';
import { matchCnPassport } from '../detectors/cn/passport.js';
import { matchLegacyResidentId, matchResidentId } from '../detectors/cn/resident-id.js';
import { matchEnAddressAt } from '../detectors/generic/address.js';
import { matchPaymentCard } from '../detectors/generic/credit-card.js';
import { matchGeoDecimal, matchGeoDms } from '../detectors/generic/geo-coordinate.js';
import { matchIbanAt } from '../detectors/generic/iban.js';
import { matchImei } from '../detectors/generic/imei.js';
import { matchIpv4, matchIpv6At } from '../detectors/generic/ip-address.js';
import { matchMac } from '../detectors/generic/mac-address.js';
import { matchPhone } from '../detectors/generic/phone-number.js';
import { matchDriverLicense } from '../detectors/us/driver-license.js';
import { matchUsPassport } from '../detectors/us/passport.js';
import { matchBareSsn, matchSsnShape } from '../detectors/us/ssn.js';
import { isDigit, isLatinUpper } from './char-class.js';
import { HINT_CN_ID, HINT_DRIVER_LICENSE, HINT_PASSPORT } from './column-context.js';
import { D } from './detector-index.js';
import { G_DIGITS, G_HEX } from './group-run.js';
import type { ScanState } from './scan-state.js';
import { dateTimeEnd } from './timestamps.js';

// A group run, once read, is offered to the number detectors group by group: at each group the
// detectors that can start there are tried, most specific first (a resident id before a card,
// a mobile before a phone), and the first that validates takes its groups.

/** Reads the group run at `from` and lets the detectors take groups from it. */
export function onRun(st: ScanState, from: number): number {
  return onGroups(st, st.run.read(st.t, st.from, st.to, from));
}

/** Lets the detectors take groups from the run just read (which ends at `to`). */
export function onGroups(st: ScanState, to: number): number {
  const run = st.run;
  let resume = to;
  let a = 0;
  let covered = -1;
  while (a < run.count) {
    // Dates and times ("2024-01-05 12:30:45.123Z") are in almost every log line and are no PI.
    const after = dateTimeEnd(run, a);
    if (after > a) {
      a = after;
      continue;
    }
    const end = matchGroup(st, a);
    if (end < 0) {
      a++;
      continue;
    }
    if (end > resume) resume = end;
    covered = end;
    a++;
    while (a < run.count && (run.start[a] as number) < end) a++;
  }
  // "2046 50 Point Walter Road": a house number the run ends with.
  if (st.on(D.ADDRESS) && covered < to && st.at(to) === 32 && isLatinUpper(st.at(to + 1))) {
    let g = run.count - 1;
    if (run.isDigits(g) && run.length(g) <= 6) {
      if (g > 0 && run.sep[g] === 32 && run.isDigits(g - 1) && run.length(g - 1) <= 6 && (run.start[g - 1] as number) >= covered) g--;
      if (run.startsClean(g) && (run.start[g] as number) >= covered) {
        const end = matchEnAddressAt(st, run.start[g] as number, to);
        if (end > resume) resume = end;
      }
    }
  }
  return resume;
}

/** The detectors that can start at group a, most specific first; the end character or -1. */
function matchGroup(st: ScanState, a: number): number {
  const run = st.run;
  const flags = run.flags[a] as number;
  const len = run.length(a);
  const nextSep = a + 1 < run.count ? (run.sep[a + 1] as number) : 0;
  let end = -1;
  if ((flags & G_HEX) !== 0) {
    // "2001:db8::1" — the run stops at "::", so look at the text itself.
    if (len <= 4 && st.at(run.end[a] as number) === 58) {
      if (st.on(D.IP_ADDRESS) && run.startsClean(a)) end = matchIpv6At(st, run.start[a] as number);
      if (end < 0 && st.on(D.MAC_ADDRESS)) end = matchMac(st, a);
      if (end >= 0) return end;
    } else if ((len === 2 && nextSep === 45) || (len === 4 && nextSep === 46)) {
      if (st.on(D.MAC_ADDRESS)) end = matchMac(st, a);
      if (end >= 0) return end;
    }
  }
  if ((flags & G_DIGITS) === 0) return matchWordGroup(st, a, len);
  // "+CC ...": an international phone (or +86 mobile) before any other reading.
  if (a === 0 && run.plus) {
    if (st.on(D.CN_MOBILE)) end = matchCnMobile(st, a);
    if (end < 0 && st.on(D.PHONE_NUMBER)) end = matchPhone(st, a);
    if (end >= 0) return end;
  }
  if (len === 18 || (len <= 8 && (nextSep === 32 || nextSep === 45))) {
    if (st.on(D.CN_RESIDENT_ID)) end = matchResidentId(st, a);
    if (end >= 0) return end;
  }
  if (len === 11 || len === 13 || len === 15 || len === 2 || len === 4 || len === 3) {
    if (st.on(D.CN_MOBILE)) end = matchCnMobile(st, a);
    if (end >= 0) return end;
  }
  if (len === 15) {
    if ((st.hints & HINT_CN_ID) !== 0 && st.on(D.CN_RESIDENT_ID)) end = matchLegacyResidentId(st, a);
    if (end < 0 && st.on(D.IMEI)) end = matchImei(st, a);
    if (end < 0) end = matchPaymentCard(st, a);
    if (end < 0 && st.on(D.CN_RESIDENT_ID)) end = matchLegacyResidentId(st, a);
    if (end >= 0) return end;
  } else if (len >= 13 || len === 4 || len === 2) {
    if (len === 2 && st.on(D.IMEI)) end = matchImei(st, a);
    if (end < 0 && (st.on(D.CREDIT_CARD) || st.on(D.CN_BANK_CARD))) end = matchPaymentCard(st, a);
    if (end >= 0) return end;
  }
  if (len === 3 && (st.on(D.US_SSN) || st.on(D.US_ITIN))) {
    end = matchSsnShape(st, a);
    if (end >= 0) return end;
  }
  if (nextSep === 46 && len <= 3) {
    if (st.on(D.IP_ADDRESS)) end = matchIpv4(st, a);
    if (end < 0 && st.on(D.GEO_COORDINATE)) end = matchGeoDecimal(st, a);
    if (end >= 0) return end;
  }
  if (st.on(D.PHONE_NUMBER) && len <= 11) {
    end = matchPhone(st, a);
    if (end >= 0) return end;
  }
  if (len <= 3 && st.at(run.end[a] as number) === 0xb0 && st.on(D.GEO_COORDINATE)) {
    end = matchGeoDms(st, a);
    if (end >= 0) return end;
  }
  if (len === 9) {
    if (st.on(D.US_SSN) || st.on(D.US_ITIN)) end = matchBareSsn(st, a);
    if (end < 0 && st.on(D.US_PASSPORT)) end = matchUsPassport(st, a);
    if (end >= 0) return end;
  }
  if (len >= 4 && st.on(D.US_DRIVER_LICENSE)) end = matchDriverLicense(st, a);
  return end;
}

/** A group with letters: IBAN, passports, an id ending in X, driver licences. */
function matchWordGroup(st: ScanState, a: number, len: number): number {
  const run = st.run;
  const t = st.t;
  const start = run.start[a] as number;
  let end = -1;
  if (len >= 4 && st.on(D.IBAN) && run.startsClean(a)) {
    const c0 = t[start] as number;
    const c1 = t[start + 1] as number;
    if (c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90 && isDigit(t[start + 2] as number) && isDigit(t[start + 3] as number)) {
      end = matchIbanAt(st, start);
      if (end >= 0) return end;
    }
  }
  if (len === 18 && st.on(D.CN_RESIDENT_ID) && ((t[(run.end[a] as number) - 1] as number) | 32) === 120) {
    end = matchResidentId(st, a);
    if (end >= 0) return end;
  }
  if (len === 8 || len === 9) {
    if (st.on(D.CN_PASSPORT)) end = matchCnPassport(st, a);
    if (end < 0 && len === 9 && st.on(D.US_PASSPORT) && ((st.hints & HINT_PASSPORT) !== 0 || (t[start] as number) <= 90)) end = matchUsPassport(st, a);
    if (end >= 0) return end;
  }
  if (st.on(D.US_DRIVER_LICENSE) && ((st.hints & HINT_DRIVER_LICENSE) !== 0 || (t[start] as number) <= 90)) end = matchDriverLicense(st, a);
  return end;
}
