import { CN_PLACE_NAMES } from '../../data/cn-places.js';
import { isAsciiAlnum, isHan } from '../../engine/char-class.js';
import { D } from '../../engine/detector-index.js';
import type { ScanState } from '../../engine/scan-state.js';

// ADDRESS (Chinese): a postal address is a chain of components, larger to smaller:
// 省/自治区 市 区/县 镇/乡/街道 路/街/巷/弄/大道 门牌号 栋 单元 室. The detector starts from a street
// or house-number character (路 街 巷 弄 大道 村 号), walks back over the place names before it and
// forward over numbers and building parts, and reports the span when it holds at least two
// components, one of them a street, village or house number. "思路", "道路上" have one and are not
// addresses. In an address column the whole cell is the address (scan-line.ts).

const CONFIDENCE = 0.6;
const WITH_PLACE = 0.7;
const MAX_BACK = 22;
const MAX_FORWARD = 24;

/** Characters that end a component: administrative, street, number, building. */
const ADMIN = '省市区县镇乡旗盟州';
const STREET = '路街巷弄道村胡里';
const NUMBER = '号室栋幢楼层座';
const BUILDING_END = '苑园厦场寓城院区心馆店部门口侧旁幢栋座室号楼层元巷弄路街道村镇乡';
/** Characters that cannot be inside an address (function words, verbs around one). */
const STOP = '的是在和与了说到从于向往对把被将由为及或等着过也都就而但住来去即已又却还并在这那其每各该此其有无不没请要会能可让给共址';

const COMPONENT = new Uint8Array(65_536);
for (const c of ADMIN) COMPONENT[c.charCodeAt(0)] = 1;
for (const c of STREET) COMPONENT[c.charCodeAt(0)] = 2;
for (const c of NUMBER) COMPONENT[c.charCodeAt(0)] = 3;
const ENDS = new Uint8Array(65_536);
for (const c of BUILDING_END) ENDS[c.charCodeAt(0)] = 1;
const STOPS = new Uint8Array(65_536);
for (const c of STOP) STOPS[c.charCodeAt(0)] = 1;
const PLACES_BY_FIRST = new Map<number, string[]>();
for (const name of CN_PLACE_NAMES) {
  const list = PLACES_BY_FIRST.get(name.charCodeAt(0)) ?? [];
  list.push(name);
  PLACES_BY_FIRST.set(name.charCodeAt(0), list);
}

function isAddressChar(c: number): boolean {
  return (isHan(c) && STOPS[c] === 0) || isAsciiAlnum(c) || c === 45 || c === 35;
}

function placeAt(st: ScanState, i: number): boolean {
  const names = PLACES_BY_FIRST.get(st.t[i] as number);
  if (names === undefined) return false;
  for (const name of names) if (st.startsWith(name, i)) return true;
  return false;
}

/**
 * Tries an address around the street/number character at `at` (路 街 巷 弄 道 村 号); returns the
 * end character or -1.
 */
export function matchCnAddressAt(st: ScanState, at: number): number {
  const t = st.t;
  const lo = st.from;
  const n = st.to;
  const c = t[at] as number;
  const prev = at > lo ? (t[at - 1] as number) : 0;
  // 号 栋 幢 室 need a number before them (88号, 18栋, 三号); 道 only as 大道 or 街道.
  if (
    (c === 0x53f7 || c === 0x680b || c === 0x5e62 || c === 0x5ba4) &&
    !(prev >= 48 && prev <= 57) &&
    !'一二三四五六七八九十百'.includes(String.fromCharCode(prev))
  )
    return -1;
  if (c === 0x9053 && prev !== 0x5927 && prev !== 0x8857) return -1;
  if (!isHan(prev) && !(prev >= 48 && prev <= 57)) return -1;
  let start = at;
  while (start > lo && at - start < MAX_BACK && isAddressChar(t[start - 1] as number)) start--;
  // Start at the first place name if nothing address-like comes before it ("浙江乌镇..." within
  // "2015年浙江乌镇" starts at 浙); "朝阳区望京南湖南路" keeps 朝阳区 although 湖南 is a province.
  let place = false;
  for (let i = start; i < at; i++) {
    if (COMPONENT[t[i] as number] !== 0) break;
    if (placeAt(st, i)) {
      start = i;
      place = true;
      break;
    }
  }
  // Forward over numbers, letters and building words.
  let end = at + 1;
  let i = end;
  while (i < n && i - at < MAX_FORWARD && isAddressChar(t[i] as number)) {
    i++;
    if (ENDS[t[i - 1] as number] === 1) end = i;
  }
  let components = 0;
  let streetOrNumber = false;
  for (let k = start; k < end; k++) {
    const kind = COMPONENT[t[k] as number] as number;
    if (kind === 0 || k === start) continue;
    const before = t[k - 1] as number;
    if (COMPONENT[before] !== 0 && kind === COMPONENT[before]) continue;
    components++;
    if (kind >= 2) streetOrNumber = true;
  }
  if (end - start < 5 || components < 2 || !streetOrNumber) return -1;
  st.emit(D.ADDRESS, start, end, place ? WITH_PLACE : CONFIDENCE);
  return end;
}
