import { getTaxonomyEntry, type TaxonomyId } from '../taxonomy/taxonomy.js';
import type { Localized } from '../taxonomy/types.js';

/**
 * Plain-language family of a sensitive category, with the default impact text PIPL art. 30
 * asks for ("the impact on the person's rights"). A processor may override the text per activity
 * (`NoticeContext.sensitive_text`); these defaults say what typically goes wrong, not more.
 */
export type SensitiveFamily = { readonly label: Localized; readonly impact: Localized };

const GENERIC: SensitiveFamily = {
  label: { en: 'sensitive personal information', zh: '敏感个人信息' },
  // PIPL art. 28(1): the definition of sensitive PI.
  impact: {
    en: 'If it leaks or is misused, it could harm your dignity, your safety or your property.',
    zh: '一旦泄露或被非法使用，可能损害您的人格尊严，危害人身、财产安全。',
  },
};

export const SENSITIVE_FAMILIES: Readonly<Record<string, SensitiveFamily>> = {
  biometric: {
    label: { en: 'biometric information', zh: '生物识别信息' },
    impact: {
      en: 'It cannot be changed once leaked; misuse can let others pass as you.',
      zh: '泄露后无法更改，被滥用可能导致身份被冒用。',
    },
  },
  health: {
    label: { en: 'medical and health information', zh: '医疗健康信息' },
    impact: {
      en: 'If leaked or misused, it can lead to discrimination or embarrassment.',
      zh: '泄露或被滥用可能使您遭受歧视或难堪。',
    },
  },
  financial: {
    label: { en: 'financial information', zh: '金融账户及财产信息' },
    impact: { en: 'If leaked, it can be used for fraud against you.', zh: '泄露后可能被用于诈骗，造成财产损失。' },
  },
  location: {
    label: { en: 'location and whereabouts', zh: '行踪轨迹信息' },
    impact: {
      en: 'It shows where you live and go; misuse can endanger you.',
      zh: '会暴露您的住所和去向，被滥用可能危及人身安全。',
    },
  },
  government_id: {
    label: { en: 'identity document numbers', zh: '身份证件号码' },
    impact: { en: 'It can be used to commit fraud in your name.', zh: '可能被用于冒名开户或实施诈骗。' },
  },
  communication: {
    label: { en: 'communications and contacts', zh: '通信内容、通信记录及通讯录' },
    impact: {
      en: 'It reveals your private life and other people’s details.',
      zh: '会暴露您的私人生活以及他人的信息。',
    },
  },
  belief_identity: {
    label: { en: 'beliefs, specific identity or records', zh: '宗教信仰、特定身份或违法犯罪记录' },
    impact: { en: 'It can expose you to discrimination.', zh: '可能使您遭受歧视或不公正对待。' },
  },
  behaviour: {
    label: { en: 'purchase and browsing records', zh: '交易消费及网页浏览记录' },
    impact: {
      en: 'They reveal your habits and can be used to profile you or set your prices.',
      zh: '会反映您的习惯，可能被用于用户画像或差别定价。',
    },
  },
  device_online: {
    label: { en: 'account credentials', zh: '账户密码等鉴别信息' },
    impact: { en: 'Whoever obtains them can take over your account.', zh: '一旦泄露，他人即可接管您的账户。' },
  },
  identity: {
    label: { en: 'personal status and origin', zh: '婚姻状况、民族、国籍等身份信息' },
    impact: { en: 'It can be used to discriminate against you.', zh: '可能被用于对您的歧视。' },
  },
  // PIPL art. 28(1): all PI of a minor under 14 is sensitive, whatever its category.
  minor: {
    label: { en: 'information about a child under 14', zh: '不满十四周岁未成年人的个人信息' },
    impact: {
      en: 'Misuse can harm a child’s safety and development.',
      zh: '被滥用可能危害儿童的安全和身心健康。',
    },
  },
};

/** The family of one sensitive category: its taxonomy group, or "minor" when only childhood makes it sensitive. */
export function familyOf(id: TaxonomyId, isMinorOnly: boolean): string {
  if (isMinorOnly) return 'minor';
  const group = getTaxonomyEntry(id).group;
  return group in SENSITIVE_FAMILIES ? group : 'generic';
}

export const sensitiveFamily = (family: string): SensitiveFamily => SENSITIVE_FAMILIES[family] ?? GENERIC;
