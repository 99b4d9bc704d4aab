import { getTaxonomyEntry, type TaxonomyId } from '../taxonomy/taxonomy.js';
import type { DetectorId, DetectorInfo } from './types.js';

type Source = { readonly category: TaxonomyId; readonly zh: string; readonly en: string; readonly needs_context?: true };

const SOURCES = {
  CN_RESIDENT_ID: {
    category: 'resident_id_number',
    zh: '居民身份证号码（GB 11643，18 位含校验码，及 15 位旧号）',
    en: 'PRC resident identity card number (GB 11643, 18 characters with check digit; legacy 15-digit form)',
  },
  CN_MOBILE: {
    category: 'mobile_phone',
    zh: '中国大陆手机号码（已分配号段，可带 +86/0086）',
    en: 'Mainland China mobile number on an allocated segment, with or without +86/0086',
  },
  CN_BANK_CARD: {
    category: 'bank_account',
    zh: '中国银行卡号（银联 62 开头等，Luhn 校验）',
    en: 'Chinese bank card number (UnionPay 62 and legacy bank BINs, Luhn-checked)',
  },
  CN_PASSPORT: { category: 'passport_number', zh: '中国护照号码（E/G 开头；D/S/P 需上下文）', en: 'PRC passport number (E/G series; D/S/P only with context)' },
  CN_LICENSE_PLATE: {
    category: 'license_plate',
    zh: '机动车号牌（GA 36-2018，含新能源号牌）',
    en: 'Chinese vehicle licence plate (GA 36-2018, new-energy plates included)',
  },
  EMAIL: { category: 'email', zh: '电子邮件地址', en: 'E-mail address' },
  IP_ADDRESS: {
    category: 'ip_address',
    zh: 'IP 地址（IPv4/IPv6，不含回环、组播等非主机地址）',
    en: 'IP address (IPv4/IPv6; loopback, multicast and network addresses excluded)',
  },
  MAC_ADDRESS: { category: 'device_id', zh: 'MAC 地址（设备标识）', en: 'MAC address (device identifier)' },
  IMEI: { category: 'device_id', zh: 'IMEI 设备识别码（15 位，Luhn 校验）', en: 'IMEI device identifier (15 digits, Luhn-checked)' },
  GEO_COORDINATE: {
    category: 'precise_location',
    zh: '精确经纬度坐标（至少 4 位小数或度分秒）',
    en: 'Precise latitude/longitude (four or more decimals, or degrees-minutes-seconds)',
  },
  CREDIT_CARD: { category: 'credit_card_number', zh: '支付卡号（Luhn 校验与卡组织号段）', en: 'Payment card number (Luhn and card-network ranges)' },
  IBAN: { category: 'bank_account', zh: '国际银行账号 IBAN（按国别长度与 mod 97 校验）', en: 'IBAN (per-country length and structure, mod 97)' },
  PHONE_NUMBER: {
    category: 'mobile_phone',
    zh: '中国大陆以外的电话号码（libphonenumber 校验）',
    en: 'Phone number outside mainland China (libphonenumber validation)',
  },
  US_SSN: { category: 'social_security_number', zh: '美国社会安全号码 SSN', en: 'US Social Security number' },
  US_ITIN: { category: 'other_government_id', zh: '美国个人纳税识别号 ITIN', en: 'US Individual Taxpayer Identification Number' },
  US_PASSPORT: { category: 'passport_number', zh: '美国护照号码（需上下文）', en: 'US passport number (context required)', needs_context: true },
  US_DRIVER_LICENSE: {
    category: 'driver_license_number',
    zh: '美国驾驶执照号码（需上下文）',
    en: 'US driver licence number (context required)',
    needs_context: true,
  },
  PERSON_NAME: {
    category: 'person_name',
    zh: '姓名（中文姓氏与提示词、英文常用名；姓名列整格）',
    en: 'Person name (Chinese surname with a cue, common English given names; a whole name-column cell)',
  },
  ADDRESS: {
    category: 'postal_address',
    zh: '详细地址（省市区路号结构、门牌与街道类型；地址列整格）',
    en: 'Postal address (province-city-street-number structure, house number and street type; a whole address-column cell)',
  },
} as const satisfies Record<DetectorId, Source>;

function infoOf(source: Source): DetectorInfo {
  const entry = getTaxonomyEntry(source.category);
  return Object.freeze({
    category: source.category,
    cn_sensitive: entry.cn_sensitive,
    us_ca_sensitive: entry.us_ca_sensitive,
    description: Object.freeze({ zh: source.zh, en: source.en }),
    needs_context: source.needs_context === true,
  });
}

/**
 * Per detector: taxonomy category, its sensitivity flags, zh/en description, and whether it
 * reports only with context.
 * @example DETECTOR_INFO.CN_RESIDENT_ID.category // 'resident_id_number'
 */
export const DETECTOR_INFO: Readonly<Record<DetectorId, DetectorInfo>> = Object.freeze(
  Object.fromEntries(Object.entries(SOURCES).map(([id, source]) => [id, infoOf(source)])) as Record<DetectorId, DetectorInfo>,
);
