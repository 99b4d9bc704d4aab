// Words in the same line that tell what a nearby number is ("SSN:", "身份证", "passport no.").
// They raise confidence, and they are what lets weak shapes (nine bare digits, a driver's
// licence) be reported at all. Lower case; matched in the lower-cased line.

export type ContextWords = {
  readonly id: number;
  readonly words: readonly string[];
  /** Any of the words, case-insensitive: one test per line tells whether the set is worth a window search. */
  readonly anywhere: RegExp;
  /**
   * Substrings at least one of which every word contains, in the cases it is written in: a line
   * holding none of them (found with indexOf, faster than the expression) holds no word.
   */
  readonly anchors: readonly string[] | null;
};

function words(id: number, list: readonly string[], anchors: readonly string[] | null = null): ContextWords {
  const anywhere = new RegExp(list.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  return { id, words: list, anywhere, anchors };
}

export const CUE_SSN = words(
  0,
  ['ssn', 'social security', 'soc sec', 'ss#', 'ss #', 'ss no', '社会安全号'],
  ['ss', 'SS', 'Ss', 'ocial', 'OCIAL', 'oc sec', 'OC SEC', '社会安全'],
);
export const CUE_ITIN = words(1, ['itin', 'taxpayer identification', 'tax id', 'tin:', 'tin #', 'tin no'], ['tin', 'TIN', 'Tin', 'tax', 'TAX', 'Tax']);
export const CUE_PASSPORT = words(2, ['passport', 'pass no', 'pass. no', '护照'], ['ass', 'ASS', '护照']);
export const CUE_DRIVER_LICENSE = words(3, [
  "driver's licen",
  'drivers licen',
  'driver licen',
  'driving licen',
  'dl#',
  'dl #',
  'dl no',
  'dl:',
  'dln',
  '驾驶证',
  '驾照',
]);
export const CUE_PHONE = words(4, ['phone', 'tel', 'call', 'mobile', 'cell', 'fax', 'contact', 'whatsapp', '电话', '手机', '联系']);
export const CUE_CARD = words(5, ['card', '卡号', '银行卡', '信用卡', 'visa', 'mastercard', 'amex', 'cc#', 'cc ']);
export const CUE_IMEI = words(6, ['imei', 'meid', '串号', '设备号', 'device']);
export const CUE_CN_ID = words(7, ['身份证', '证件号', '身份号', 'id card', 'idcard', 'id no', 'id number', '公民身份']);
/**
 * Keys whose values are machine identifiers, not PI: "session=4023730308537981" in a log is
 * no card even when it passes Luhn. Used for shapes that are checked by a checksum only.
 */
export const NON_PI_KEYS: readonly string[] = [
  'session',
  'sessionid',
  'session_id',
  'trace',
  'traceid',
  'trace_id',
  'span',
  'spanid',
  'span_id',
  'request',
  'requestid',
  'request_id',
  'req',
  'reqid',
  'order',
  'orderid',
  'order_id',
  'txn',
  'txnid',
  'txn_id',
  'transaction',
  'seq',
  'nonce',
  'token',
  'uuid',
  'hash',
  'build',
  'version',
  'ts',
  'timestamp',
  'msgid',
  'msg_id',
  'correlation',
  'correlationid',
  'event_id',
  'eventid',
  'job',
  'jobid',
  'task',
  'taskid',
  'sku',
  'ref',
  'tracking',
];

export const CUE_GEO = words(8, ['lat', 'lng', 'lon', 'location', 'coord', 'gps', 'position', '坐标', '经纬度', '位置', '定位', '经度', '纬度']);
