/** The two languages of the widget, spelled as the consent API spells them (`lang` of the request body). */
export type WidgetLang = 'zh-CN' | 'en';

const EN = {
  loading: 'Loading the privacy notice…',
  loadFailed: 'The privacy notice could not be loaded.',
  retry: 'Try again',
  switchLang: '中文',
  switchLangLabel: 'Show in Chinese',
  necessary: 'Needed for the service: no consent is asked.',
  allow: 'Allow',
  necessaryHeading: 'What we need to provide the service',
  optionalHeading: 'Your choices',
  separateLegend: 'Asked on its own',
  yes: 'Yes, I agree',
  no: 'No',
  optOutHint: 'Tick to opt out.',
  save: 'Save my choices',
  acceptAll: 'Accept all',
  refuseAll: 'Refuse all',
  acceptAllAsk: 'Please answer each item asked on its own first ({n} left): "Accept all" never covers them.',
  nothingToSave: 'There is nothing to decide in this notice.',
  sending: 'Recording your choices…',
  recordedHeading: 'Your choices are recorded',
  recorded: '{n} signed receipts were issued.',
  given: 'given',
  refused: 'refused',
  withdrawn: 'withdrawn',
  downloadAll: 'Download all receipts (JSON)',
  downloadOne: 'Download this receipt (JSON)',
  viewReceipts: 'View and verify your receipts on PISA',
  change: 'Change my choices',
  fullNotice: 'The complete notice',
  setupError: 'This consent form is not set up: the site must give the processor, the key and your pseudonymous user id ({what}).',
  networkError: 'PISA could not be reached. Your choices were not recorded; please try again.',
  noticeChanged: 'The notice has just changed: please read it again and decide.',
  serverError: 'Your choices were not recorded: {reason}',
  newWindow: '(opens in a new window)',
  poweredBy: 'Receipts are signed by PISA and anchored in a public log.',
  childGuardian: 'This child is under 14: a parent or guardian must decide about their personal information (PIPL art. 31).',
  childParental: 'This child is under 13: a parent must give verifiable consent (COPPA, 16 CFR 312.5).',
  childGuardianService: 'This service is for children under 14: a parent or guardian must decide about a child’s personal information (PIPL art. 31).',
  childParentalService: 'This service is for children under 13: a parent must give verifiable consent (COPPA, 16 CFR 312.5).',
  childWait: 'Choices can be recorded once this site has verified the parent or guardian.',
  childVerified: 'Recorded as decided by the verified parent or guardian ({how}).',
} as const;

export type MessageKey = keyof typeof EN;

const ZH = {
  loading: '正在加载个人信息处理规则…',
  loadFailed: '无法加载个人信息处理规则。',
  retry: '重试',
  switchLang: 'English',
  switchLangLabel: '以英文显示',
  necessary: '提供服务所必需：无需取得您的同意。',
  allow: '同意',
  necessaryHeading: '提供服务所必需的处理',
  optionalHeading: '您的选择',
  separateLegend: '单独征求您的同意',
  yes: '是，我同意',
  no: '否',
  optOutHint: '勾选即表示选择退出。',
  save: '保存我的选择',
  acceptAll: '全部同意',
  refuseAll: '全部拒绝',
  acceptAllAsk: '请先逐项回答单独征求同意的事项（还剩 {n} 项）：“全部同意”不包括这些事项。',
  nothingToSave: '本处理规则中没有需要您决定的事项。',
  sending: '正在记录您的选择…',
  recordedHeading: '您的选择已记录',
  recorded: '已签发 {n} 份签名回执。',
  given: '已同意',
  refused: '已拒绝',
  withdrawn: '已撤回',
  downloadAll: '下载全部回执（JSON）',
  downloadOne: '下载此回执（JSON）',
  viewReceipts: '在 PISA 上查看并验证您的回执',
  change: '修改我的选择',
  fullNotice: '完整的个人信息处理规则',
  setupError: '此同意表单尚未配置：网站须提供处理者、密钥和您的假名化用户标识（{what}）。',
  networkError: '无法连接 PISA。您的选择未被记录，请重试。',
  noticeChanged: '处理规则刚刚更新：请重新阅读后再作决定。',
  serverError: '您的选择未被记录：{reason}',
  newWindow: '（在新窗口中打开）',
  poweredBy: '回执由 PISA 签名，并锚定在公开日志中。',
  childGuardian: '该儿童未满十四周岁：须由其父母或者其他监护人对其个人信息作出决定（《个人信息保护法》第三十一条）。',
  childParental: '该儿童未满十三周岁：须取得其父母可验证的同意（美国 COPPA，16 CFR 312.5）。',
  childGuardianService: '本服务面向不满十四周岁的儿童：须由儿童的父母或者其他监护人对其个人信息作出决定（《个人信息保护法》第三十一条）。',
  childParentalService: '本服务面向不满十三周岁的儿童：须取得其父母可验证的同意（美国 COPPA，16 CFR 312.5）。',
  childWait: '本网站核验其父母或者其他监护人的身份后，方可记录选择。',
  childVerified: '将记录为经核验的父母或者其他监护人作出的决定（{how}）。',
} as const satisfies Record<MessageKey, string>;

/** Every string the widget shows that does not come from the notice, per language. */
export const MESSAGES: Readonly<Record<WidgetLang, Readonly<Record<MessageKey, string>>>> = { en: EN, 'zh-CN': ZH };

/** A message with its `{name}` placeholders filled in. */
export function translate(lang: WidgetLang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The widget's language: the `lang` attribute when it names Chinese or English, else the
 * browser's language (`navigator.language`), else English. Any `zh*` tag reads the zh-CN texts.
 */
export function pickLang(attribute: string | null, browser: string | undefined): WidgetLang {
  for (const tag of [attribute, browser]) {
    const lower = (tag ?? '').trim().toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
