import { isValidPhoneNumber, type MetadataJson } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

// Phone validity from libphonenumber's metadata (the same "min" set isValidPhoneNumber uses),
// without its parser: a call to isValidPhoneNumber costs about 15 µs, which alone would cap the
// scanner near 60 MB/s on a phone-dense file. This reproduces libphonenumber-js 1.13
// `isValid()` for an international number (parse.js, getCountryByNationalNumber.js,
// getNumberType.js): pick the calling code, pick the country among those sharing it, then match
// the national number against the country's type patterns (or its national pattern when the
// min metadata has none). Numbers where a national prefix could be stripped take the library's
// own path, cached. A test compares this with isValidPhoneNumber on every example number.
// That path calls the library's core entry with the min metadata, exactly what the package's
// default entry does, but loads 72 modules instead of 112 (about 10 ms of every start-up).

export const PHONE_INVALID = 0;
export const PHONE_PERSONAL = 1;
/** Valid, but toll-free, premium-rate, shared-cost or universal-access: a business line. */
export const PHONE_NOT_PERSONAL = 2;

type TypeRule = { readonly pattern: RegExp; readonly lengths: readonly number[] | null };
type Plan = {
  readonly nationalPattern: RegExp;
  readonly lengths: readonly number[];
  readonly nationalPrefixForParsing: RegExp | null;
  readonly leadingDigits: RegExp | null;
  /** FIXED_LINE, MOBILE, TOLL_FREE, PREMIUM_RATE, PERSONAL_NUMBER, VOICEMAIL, UAN, PAGER, VOIP, SHARED_COST (min metadata order). */
  readonly types: readonly (TypeRule | null)[] | null;
};

const TYPE_FIXED_LINE = 0;
const TYPE_TOLL_FREE = 2;
const TYPE_PREMIUM_RATE = 3;
const TYPE_UAN = 6;
const TYPE_SHARED_COST = 9;
// getNumberType.js: after FIXED_LINE, this order.
const OTHER_TYPES = [1, 3, 2, 9, 8, 4, 7, 6, 5] as const;
const NOT_PERSONAL = new Set<number>([TYPE_TOLL_FREE, TYPE_PREMIUM_RATE, TYPE_SHARED_COST, TYPE_UAN]);
const FALLBACK_CACHE_SIZE = 4096;

const json = metadata as MetadataJson & { countries: Record<string, unknown[]>; country_calling_codes: Record<string, string[]> };

/** Validates E.164 digit strings (calling code + national number); one per scanner. */
export class PhoneValidator {
  private readonly plans = new Map<string, Plan>();
  private readonly fallback = new Map<string, number>();

  /**
   * Verdict for `digits` (no '+'), e.g. "14155550132".
   * @example new PhoneValidator().verdict('442071234567') // PHONE_PERSONAL
   */
  verdict(digits: string): number {
    for (let k = 1; k <= 3 && k < digits.length; k++) {
      const countries = json.country_calling_codes[digits.slice(0, k)];
      if (countries === undefined) continue;
      return this.verdictFor(countries, digits, digits.slice(k));
    }
    return PHONE_INVALID;
  }

  private verdictFor(countries: readonly string[], digits: string, national: string): number {
    if (national.length < 2 || national.length > 17) return PHONE_INVALID;
    const main = this.plan(countries[0] as string);
    if (main.nationalPrefixForParsing?.test(national)) return this.libraryVerdict(digits);
    let country: Plan | null = null;
    if (countries.length === 1) country = main;
    else {
      for (const code of countries) {
        const plan = this.plan(code);
        if (plan.leadingDigits !== null) {
          if (plan.leadingDigits.test(national)) {
            country = plan;
            break;
          }
        } else if (numberType(plan, national) >= 0) {
          country = plan;
          break;
        }
      }
    }
    if (country === null) return PHONE_INVALID;
    if (country.types === null) return country.nationalPattern.test(national) ? PHONE_PERSONAL : PHONE_INVALID;
    const type = numberType(country, national);
    if (type < 0) return PHONE_INVALID;
    return NOT_PERSONAL.has(type) ? PHONE_NOT_PERSONAL : PHONE_PERSONAL;
  }

  private libraryVerdict(digits: string): number {
    let verdict = this.fallback.get(digits);
    if (verdict === undefined) {
      verdict = isValidPhoneNumber(`+${digits}`, json) ? PHONE_PERSONAL : PHONE_INVALID;
      if (this.fallback.size >= FALLBACK_CACHE_SIZE) this.fallback.clear();
      this.fallback.set(digits, verdict);
    }
    return verdict;
  }

  private plan(country: string): Plan {
    let plan = this.plans.get(country);
    if (plan === undefined) {
      plan = compilePlan(json.countries[country] ?? []);
      this.plans.set(country, plan);
    }
    return plan;
  }
}

function whole(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

function compilePlan(raw: readonly unknown[]): Plan {
  const str = (i: number): string | null => (typeof raw[i] === 'string' && (raw[i] as string).length > 0 ? (raw[i] as string) : null);
  const nationalPrefixForParsing = str(7) ?? str(5);
  const leading = str(10);
  const rawTypes = Array.isArray(raw[11]) && (raw[11] as unknown[]).length > 0 ? (raw[11] as unknown[]) : null;
  const types =
    rawTypes === null
      ? null
      : rawTypes.map((t): TypeRule | null =>
          Array.isArray(t) && typeof t[0] === 'string' && t[0].length > 0
            ? { pattern: whole(t[0]), lengths: Array.isArray(t[1]) ? (t[1] as number[]) : null }
            : null,
        );
  return {
    nationalPattern: whole(str(2) ?? '(?!)'),
    lengths: Array.isArray(raw[3]) ? (raw[3] as number[]) : [],
    nationalPrefixForParsing: nationalPrefixForParsing === null ? null : new RegExp(`^(?:${nationalPrefixForParsing})`),
    leadingDigits: leading === null ? null : new RegExp(`^(?:${leading})`),
    types,
  };
}

/** getNumberType.js: the type index of `national`, or -1. */
function numberType(plan: Plan, national: string): number {
  if (!plan.nationalPattern.test(national)) return -1;
  if (plan.types === null) return -1;
  if (isType(plan, national, TYPE_FIXED_LINE)) return TYPE_FIXED_LINE;
  for (const type of OTHER_TYPES) if (isType(plan, national, type)) return type;
  return -1;
}

function isType(plan: Plan, national: string, type: number): boolean {
  const rule = plan.types?.[type];
  if (rule === null || rule === undefined) return false;
  const lengths = rule.lengths ?? plan.lengths;
  if (lengths.length > 0 && !lengths.includes(national.length)) return false;
  return rule.pattern.test(national);
}
