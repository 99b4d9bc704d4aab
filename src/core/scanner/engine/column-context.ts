// Column context: what a CSV header or a JSON path says about its values. "手机号", "$.user.ssn",
// "Passport No" raise confidence, and make weak shapes (a bare 9-digit SSN, a driver licence, a
// whole cell as a name) reportable at all.

export const HINT_NAME = 1;
export const HINT_ADDRESS = 2;
export const HINT_PHONE = 4;
export const HINT_SSN = 8;
export const HINT_ITIN = 16;
export const HINT_PASSPORT = 32;
export const HINT_DRIVER_LICENSE = 64;
export const HINT_CN_ID = 128;
export const HINT_CARD = 256;
export const HINT_EMAIL = 512;
export const HINT_IP = 1024;
export const HINT_MAC = 2048;
export const HINT_IMEI = 4096;
export const HINT_GEO = 8192;
export const HINT_PLATE = 16_384;
export const HINT_IBAN = 32_768;
/** The column holds latitudes only / longitudes only (a single number is a coordinate). */
export const HINT_LATITUDE = 65_536;
export const HINT_LONGITUDE = 131_072;

type Rule = {
  readonly hint: number;
  readonly exact?: readonly string[];
  readonly contains?: readonly string[];
  readonly prefix?: readonly string[];
  readonly suffix?: readonly string[];
};

const NAME_OWNERS = [
  'customer',
  'client',
  'contact',
  'person',
  'patient',
  'employee',
  'holder',
  'cardholder',
  'accountholder',
  'receiver',
  'recipient',
  'sender',
  'payee',
  'payer',
  'owner',
  'applicant',
  'student',
  'member',
  'guardian',
  'spouse',
  'mother',
  'father',
  'insured',
  'beneficiary',
  'real',
  'legal',
  'full',
  'first',
  'last',
  'given',
  'family',
  'middle',
  'sur',
  'buyer',
  'seller',
  'consignee',
  'passenger',
  'guest',
  'driver',
  'teacher',
  'parent',
  'emergencycontact',
];

const RULES: readonly Rule[] = [
  {
    hint: HINT_NAME,
    exact: ['name', 'fname', 'lname', 'surname', 'cardholder', 'consignee', 'recipient', 'beneficiary', 'policyholder', ...NAME_OWNERS.map((o) => `${o}name`)],
    contains: [
      '姓名',
      '名字',
      '联系人',
      '收货人',
      '收件人',
      '寄件人',
      '发件人',
      '持卡人',
      '户名',
      '法定代表人',
      '法人代表',
      '经办人',
      '申请人',
      '患者',
      '乘客',
      '乘车人',
      '监护人',
    ],
  },
  {
    hint: HINT_ADDRESS,
    exact: ['address', 'addr', 'address1', 'address2', 'addressline1', 'addressline2', 'addr1', 'addr2', 'street', 'residence', 'shipto', 'billto'],
    suffix: ['address', 'addr'],
    contains: ['地址', '住址', '住所', '居住地', '户籍地', '通讯地'],
  },
  {
    hint: HINT_PHONE,
    exact: ['tel', 'telephone', 'cell', 'msisdn', 'fax', 'contactnumber', 'contactno'],
    contains: ['phone', 'mobile', '手机', '电话', '联系方式', '座机', '移动号码'],
  },
  { hint: HINT_SSN, exact: ['ssn', 'ssnumber', 'socsec'], contains: ['socialsecurity'], prefix: ['ssn'], suffix: ['ssn'] },
  { hint: HINT_ITIN, exact: ['itin', 'tin', 'taxid', 'taxpayerid', 'taxidnumber', 'taxpayeridentificationnumber'], contains: ['itin'] },
  { hint: HINT_PASSPORT, contains: ['passport', '护照'] },
  {
    hint: HINT_DRIVER_LICENSE,
    exact: ['dl', 'dln', 'dlno', 'dlnumber', 'license', 'licence', 'licenseno', 'licensenumber', 'licenceno', 'licencenumber'],
    contains: ['driverlicense', 'driverslicense', 'driverlicence', 'driverslicence', 'drivinglicense', 'drivinglicence', '驾驶证', '驾照'],
  },
  {
    hint: HINT_CN_ID,
    exact: [
      'sfz',
      'sfzh',
      'sfzhm',
      'idno',
      'idnum',
      'idnumber',
      'idcard',
      'idcardno',
      'identity',
      'citizenid',
      'nationalid',
      'residentid',
      'certno',
      'certificateno',
    ],
    contains: ['idcard', 'identitycard', 'identityno', 'identitynumber', 'residentid', '身份证', '证件号', '身份号'],
  },
  {
    hint: HINT_CARD,
    exact: ['cc', 'ccnum', 'ccnumber', 'pan', 'card', 'cardno', 'cardnum', 'cardnumber'],
    contains: ['creditcard', 'debitcard', 'bankcard', 'cardnumber', 'cardno', '卡号', '银行卡', '信用卡', '借记卡', '账号', '帐号', '账户', '帐户'],
  },
  { hint: HINT_IBAN, exact: ['iban', 'ibanno', 'accountno', 'accountnumber', 'bankaccount', 'bankaccountnumber'], contains: ['iban', 'bankaccount'] },
  { hint: HINT_EMAIL, contains: ['email', 'mail', '邮箱', '电子邮件', '邮件'] },
  {
    hint: HINT_IP,
    exact: [
      'ip',
      'ipaddr',
      'ipaddress',
      'ipv4',
      'ipv6',
      'clientip',
      'remoteip',
      'remoteaddr',
      'srcip',
      'dstip',
      'sourceip',
      'destip',
      'userip',
      'xforwardedfor',
      'xrealip',
    ],
    contains: ['ip地址'],
  },
  { hint: HINT_MAC, exact: ['mac', 'macaddr', 'macaddress', 'hwaddr', 'hardwareaddress', 'bssid'], contains: ['mac地址', '物理地址'] },
  { hint: HINT_IMEI, exact: ['imei', 'imei1', 'imei2', 'meid', 'imeisv'], contains: ['imei'] },
  {
    hint: HINT_GEO,
    exact: ['coord', 'coords', 'coordinate', 'coordinates', 'location', 'geo', 'geolocation', 'gps', 'latlng', 'latlon', 'lnglat', 'lonlat'],
    contains: ['经纬度', '坐标', '定位', '位置'],
  },
  { hint: HINT_GEO | HINT_LATITUDE, exact: ['lat', 'latitude', 'gpslat', 'geolat'], contains: ['纬度'] },
  { hint: HINT_GEO | HINT_LONGITUDE, exact: ['lng', 'lon', 'long', 'longitude', 'gpslng', 'gpslon', 'geolng', 'geolon'], contains: ['经度'] },
  { hint: HINT_PLATE, exact: ['plate', 'plateno', 'platenumber', 'licenseplate', 'carplate', 'vehicleplate'], contains: ['车牌', '号牌'] },
];

const ADDRESS_NOT_POSTAL = [
  'ip',
  'mac',
  'email',
  'mail',
  'wallet',
  'web',
  'server',
  'host',
  'remote',
  'local',
  'bind',
  'listen',
  'proxy',
  'gateway',
  'hardware',
  'physical',
  'url',
  'contract',
  'btc',
  'eth',
  'memory',
  'base',
  '物理',
  '邮箱',
  '电子邮',
];

/**
 * Hints of a column: a CSV header ("手机号", "Customer Name") or a JSON path ("$.user.ssn",
 * "$.orders[*].address"). Only the last path segment counts; case, spaces, '_' and '-' are ignored.
 * @example columnHints('$.user.phone') & HINT_PHONE // non-zero
 */
export function columnHints(column: string | null): number {
  if (column === null || column.length === 0) return 0;
  const key = normalizeColumn(column);
  if (key.length === 0) return 0;
  let hints = 0;
  for (const rule of RULES) {
    if (
      rule.exact?.includes(key) ||
      rule.contains?.some((word) => key.includes(word)) ||
      rule.prefix?.some((word) => key.startsWith(word)) ||
      rule.suffix?.some((word) => key.endsWith(word))
    ) {
      hints |= rule.hint;
    }
  }
  // "ip_address", "email_addr", "mac_address" are not postal addresses; "mailing_address" is.
  if ((hints & HINT_ADDRESS) !== 0 && !key.startsWith('mailing') && ADDRESS_NOT_POSTAL.some((p) => key.startsWith(p))) hints &= ~HINT_ADDRESS;
  return hints;
}

/** Last path segment, lower case, without spaces, '_', '-', '.', ':', '#' and quotes. */
export function normalizeColumn(column: string): string {
  // "$.orders[3].phone" and "$.phones[*]" name their last key; "$[\"手机 号\"]" quotes it.
  let segment = column.replace(/(?:\[(?:\d+|\*)\])+$/, '');
  const quoted = segment.endsWith('"]') ? segment.lastIndexOf('["') : -1;
  if (quoted >= 0) segment = segment.slice(quoted + 2, -2);
  else {
    const cut = Math.max(segment.lastIndexOf('.'), segment.lastIndexOf('/'), segment.lastIndexOf('$'));
    // A path "$.a.b" names its last key; a header "No." or "Tel." keeps its text.
    if (cut >= 0 && cut < segment.length - 1) segment = segment.slice(cut + 1);
    segment = segment.replace(/\[[^\]]*\]/g, '');
  }
  return segment.toLowerCase().replace(/[\s_\-.:#/()（）：'’"\\]/g, '');
}
