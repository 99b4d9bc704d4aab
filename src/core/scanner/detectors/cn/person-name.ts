import { CN_COMPOUND_SURNAMES } from '../../data/cn-surnames.js';
import { H_COMPOUND, H_SURNAME, HAN, isHan } from '../../engine/char-class.js';
import { D } from '../../engine/detector-index.js';
import type { ScanState } from '../../engine/scan-state.js';

// PERSON_NAME (Chinese): a surname from the list, then one or two given-name characters, with a
// cue: a role or label right before ("记者姜葳", "总经理李力", "联系人：王芳") or a reporting verb or
// form of address right after ("王牧天表示", "许俊杰先生"). A surname alone proves nothing — 文, 高,
// 方 are ordinary words — so without a cue nothing is reported. In a name column the whole cell
// is the name (scan-line.ts).

const WITH_ONE_CUE = 0.6;
const WITH_BOTH_CUES = 0.75;

const BEFORE =
  '姓名 名字 联系人 收货人 收件人 寄件人 发件人 客户 用户 患者 病人 学生 员工 记者 通讯员 编辑 作者 主编 摄影 经理 总经理 副总经理 主任 副主任 处长 副处长 局长 副局长 部长 副部长 厅长 ' +
  '市长 副市长 省长 县长 区长 镇长 村长 书记 主席 副主席 会长 副会长 院长 校长 董事长 总裁 副总裁 总监 教授 医生 老师 律师 法官 检察官 警官 民警 导演 演员 歌手 球员 教练 ' +
  '主教练 队长 选手 司长 科长 所长 行长 社长 秘书长 理事长 委员 代表 负责人 创始人 发言人 主持人 嘉宾 同学 网友 市民 村民 居民 专家 分析师 研究员 工程师 设计师 作家 画家 ' +
  '诗人 博士 法定代表人 持卡人 户名 申请人 被告 原告 当事人 监护人 父亲 母亲 妻子 丈夫 儿子 女儿 董事 合伙人 首席执行官 CEO 总编辑 副总经理 主管 店长 老板 ' +
  '夫人 助理 大师 常委 总理 部长助理 主帅 队员 前锋 后卫 门将 作曲 编剧 制片人 歌星 影星 明星 名将 冠军 校友 学者 院士 研究生 本科生 嫌疑人 犯罪嫌疑人 受害人 死者 伤者 司机';
const AFTER =
  '先生 女士 小姐 同学 表示 说 称 介绍 指出 认为 告诉 透露 坦言 强调 回应 解释 说道 笑称 直言 回忆 ' +
  '承认 宣布 主演 执导 饰演 出演 等人 同志 夫妇 坦承 证实 报道 摄影报道 发自';
/** Characters that do not occur in a given name right after the surname. */
const NOT_IN_NAME = '的了是在和与及等对也都就将把被从向到以于之而或但并又已其这那们年月日号市省县区镇村路街说表称曾则个中会要能可让给着过吗呢吧啊所时';

const NOT_NAME_CHAR = new Uint8Array(65_536);
for (let i = 0; i < NOT_IN_NAME.length; i++) NOT_NAME_CHAR[NOT_IN_NAME.charCodeAt(i)] = 1;

function indexBy(words: readonly string[], charAt: (w: string) => number): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const key = charAt(word);
    const list = map.get(key) ?? [];
    list.push(word);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

const BEFORE_BY_LAST = indexBy(BEFORE.split(' '), (w) => w.charCodeAt(w.length - 1));
const BEFORE_BY_FIRST = indexBy(BEFORE.split(' '), (w) => w.charCodeAt(0));
const AFTER_BY_FIRST = indexBy(AFTER.split(' '), (w) => w.charCodeAt(0));
const COMPOUND_BY_FIRST = indexBy(CN_COMPOUND_SURNAMES, (w) => w.charCodeAt(0));

/** A cue word ends right before `pos` (a colon in between is allowed: "联系人：王芳"). */
function cueBefore(st: ScanState, pos: number): boolean {
  const lo = st.from;
  let p = pos;
  const colon = p > lo ? (st.t[p - 1] as number) : 0;
  if (colon === 0xff1a || colon === 58) p--;
  if (p <= lo) return false;
  const words = BEFORE_BY_LAST.get(st.t[p - 1] as number);
  if (words === undefined) return false;
  for (const word of words) if (p - lo >= word.length && st.startsWith(word, p - word.length)) return true;
  return false;
}

function cueAfter(st: ScanState, pos: number): boolean {
  const words = AFTER_BY_FIRST.get(st.at(pos));
  if (words === undefined) return false;
  for (const word of words) if (st.startsWith(word, pos)) return true;
  return false;
}

/** A role word starts at i ("向记者透露": 记者 is no given name). */
function startsWithCue(st: ScanState, i: number): boolean {
  const words = BEFORE_BY_FIRST.get(st.at(i));
  return words?.some((w) => st.startsWith(w, i)) ?? false;
}

/** Punctuation, a space, a quote or a line start before a name that has no cue before it. */
function startsClause(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0xff08 ||
    c === 0xff09 ||
    c === 44 ||
    c === 46 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 34
  );
}

function nameChar(st: ScanState, i: number): boolean {
  if (i >= st.to) return false;
  const c = st.t[i] as number;
  return isHan(c) && NOT_NAME_CHAR[c] === 0;
}

/** Tries a Chinese name starting with the surname at `at`; returns the end character or -1. */
export function matchCnNameAt(st: ScanState, at: number): number {
  const t = st.t;
  const flags = HAN[t[at] as number] as number;
  let surname = 0;
  if ((flags & H_COMPOUND) !== 0) {
    const compounds = COMPOUND_BY_FIRST.get(t[at] as number);
    if (compounds?.some((c) => st.startsWith(c, at))) surname = 2;
  }
  if (surname === 0 && (flags & H_SURNAME) !== 0) surname = 1;
  if (surname === 0) return -1;
  const given = at + surname;
  if (!nameChar(st, given) || startsWithCue(st, given)) return -1;
  const before = cueBefore(st, at);
  // Without a cue before it, the name must start a clause: "在王府井", "a时会说" are no names.
  if (!before && at > st.from && !startsClause(t[at - 1] as number)) return -1;
  let end = -1;
  let after = false;
  if (nameChar(st, given + 1) && cueAfter(st, given + 2)) {
    end = given + 2;
    after = true;
  } else if (cueAfter(st, given + 1)) {
    end = given + 1;
    after = true;
  } else if (before) {
    // With a cue before only, the name must end the clause ("记者姜葳）"): a following Han
    // character leaves the given name's length unknown.
    end = nameChar(st, given + 1) ? given + 2 : given + 1;
    // ...or be followed by a word that cannot continue it ("原告梁玉祥与妻子", "陈伟明等").
    if (end < st.to && isHan(t[end] as number) && NOT_NAME_CHAR[t[end] as number] === 0) return -1;
  }
  if (end < 0) return -1;
  st.emit(D.PERSON_NAME, at, end, before && after ? WITH_BOTH_CUES : WITH_ONE_CUE);
  return end;
}
