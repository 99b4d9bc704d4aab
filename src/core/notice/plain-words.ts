import type { CrossBorderMechanism, LegalBasis, RecipientRole } from '../declaration/enums.js';
import type { Localized } from '../taxonomy/types.js';
import type { ProcessingMethod } from './types.js';

const UNITS: readonly { key: string; en: [string, string]; zh: string }[] = [
  { key: 'Y', en: ['year', 'years'], zh: '年' },
  { key: 'Mo', en: ['month', 'months'], zh: '个月' },
  { key: 'W', en: ['week', 'weeks'], zh: '周' },
  { key: 'D', en: ['day', 'days'], zh: '天' },
  { key: 'H', en: ['hour', 'hours'], zh: '小时' },
  { key: 'Mi', en: ['minute', 'minutes'], zh: '分钟' },
  { key: 'S', en: ['second', 'seconds'], zh: '秒' },
];

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * An ISO 8601 duration in plain words, or null when it is not one.
 * @example durationInWords('P1Y6M') // { en: '1 year 6 months', zh: '1年6个月' }
 */
export function durationInWords(duration: string): Localized | null {
  const match = DURATION.exec(duration);
  if (match === null || duration === 'P' || duration.endsWith('T')) return null;
  const parts = UNITS.flatMap((unit, i) => {
    const n = Number(match[i + 1] ?? '0');
    return n > 0 ? [{ n, unit }] : [];
  });
  if (parts.length === 0) return null;
  return {
    en: parts.map(({ n, unit }) => `${n} ${unit.en[n === 1 ? 0 : 1]}`).join(' '),
    zh: parts.map(({ n, unit }) => `${n}${unit.zh}`).join(''),
  };
}

/** Countries and regions named as cross-border destinations; other codes are shown as given. */
const REGIONS: Readonly<Record<string, Localized>> = {
  US: { en: 'the United States', zh: '美国' },
  SG: { en: 'Singapore', zh: '新加坡' },
  HK: { en: 'Hong Kong SAR, China', zh: '中国香港特别行政区' },
  MO: { en: 'Macao SAR, China', zh: '中国澳门特别行政区' },
  TW: { en: 'Taiwan, China', zh: '中国台湾地区' },
  JP: { en: 'Japan', zh: '日本' },
  KR: { en: 'South Korea', zh: '韩国' },
  DE: { en: 'Germany', zh: '德国' },
  FR: { en: 'France', zh: '法国' },
  GB: { en: 'the United Kingdom', zh: '英国' },
  IE: { en: 'Ireland', zh: '爱尔兰' },
  NL: { en: 'the Netherlands', zh: '荷兰' },
  EU: { en: 'the European Union', zh: '欧盟' },
  CA: { en: 'Canada', zh: '加拿大' },
  AU: { en: 'Australia', zh: '澳大利亚' },
  IN: { en: 'India', zh: '印度' },
  MY: { en: 'Malaysia', zh: '马来西亚' },
  TH: { en: 'Thailand', zh: '泰国' },
  VN: { en: 'Vietnam', zh: '越南' },
  ID: { en: 'Indonesia', zh: '印度尼西亚' },
  AE: { en: 'the United Arab Emirates', zh: '阿联酋' },
  CN: { en: 'mainland China', zh: '中国境内' },
};

export const regionName = (code: string): Localized => REGIONS[code] ?? { en: code, zh: code };

export const METHOD_WORDS: Readonly<Record<ProcessingMethod, Localized>> = {
  collect: { en: 'collect', zh: '收集' },
  store: { en: 'store', zh: '存储' },
  use: { en: 'use', zh: '使用' },
  entrust: { en: 'have a service provider process it for us', zh: '委托他人处理' },
  joint: { en: 'decide jointly with another company', zh: '与他人共同处理' },
  provide: { en: 'give it to another company', zh: '向其他个人信息处理者提供' },
  disclose: { en: 'make it public', zh: '公开' },
  transfer_abroad: { en: 'send it outside mainland China', zh: '向境外提供' },
  automated_decision: { en: 'make automated decisions', zh: '自动化决策' },
  personalised_marketing: { en: 'personalise marketing', zh: '个性化推送与营销' },
  sell_share: { en: 'sell or share it', zh: '出售或共享' },
};

/** PIPL art. 13(1) items 1-7 in plain words. */
export const BASIS_WORDS: Readonly<Record<LegalBasis, Localized>> = {
  consent: { en: 'your consent', zh: '您的同意' },
  contract: { en: 'a contract with you', zh: '订立、履行与您的合同所必需' },
  hr: { en: 'human-resources management', zh: '人力资源管理所必需' },
  legal_duty: { en: 'a legal duty', zh: '履行法定职责或法定义务所必需' },
  public_health: { en: 'a public-health or other emergency', zh: '应对突发公共卫生事件或紧急情况所必需' },
  news: { en: 'news reporting in the public interest', zh: '为公共利益实施新闻报道、舆论监督' },
  public_info: { en: 'information already made public', zh: '处理已合法公开的个人信息' },
  other_law: { en: 'another law', zh: '法律、行政法规规定的其他情形' },
};

export const ROLE_WORDS: Readonly<Record<RecipientRole, Localized>> = {
  entrusted: { en: 'processes it for us', zh: '受我们委托处理' },
  third_party: { en: 'uses it for its own purposes', zh: '作为其他个人信息处理者自行处理' },
  joint: { en: 'decides with us how it is used', zh: '与我们共同决定处理方式' },
};

export const MECHANISM_WORDS: Readonly<Record<CrossBorderMechanism, Localized>> = {
  security_assessment: { en: 'security assessment by the CAC', zh: '通过国家网信部门组织的安全评估' },
  standard_contract: { en: 'standard contract', zh: '订立标准合同' },
  certification: { en: 'personal information protection certification', zh: '个人信息保护认证' },
  exempt: { en: 'exempt under the 2024 cross-border provisions', zh: '依《促进和规范数据跨境流动规定》免予申报' },
  none: { en: 'none stated', zh: '未说明' },
};

/** "a, b and c" / "a、b和c". */
export function listWords(items: readonly string[], lang: keyof Localized): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items.at(-1) ?? '';
  return lang === 'en' ? `${head.join(', ')} and ${last}` : `${head.join('、')}和${last}`;
}
