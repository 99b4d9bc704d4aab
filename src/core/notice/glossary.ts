import type { Localized } from '../taxonomy/types.js';

/**
 * A technical term a notice may use, the words that spell it in each language and a plain
 * explanation to show inline. Explanations paraphrase the law reference (PIPL art. 73, Cal. Civ.
 * Code § 1798.140, 16 CFR 312.2) in everyday words.
 */
export type GlossaryTerm = {
  readonly id: string;
  /** Spellings matched case-insensitively on word boundaries. */
  readonly en: readonly string[];
  /** Spellings matched as substrings. */
  readonly zh: readonly string[];
  readonly explanation: Localized;
};

const term = (id: string, en: string[], zh: string[], explanationEn: string, explanationZh: string): GlossaryTerm => ({
  id,
  en,
  zh,
  explanation: { en: explanationEn, zh: explanationZh },
});

export const GLOSSARY: readonly GlossaryTerm[] = [
  term(
    'sensitive_pi',
    ['sensitive personal information', 'sensitive information'],
    ['敏感个人信息'],
    'Information that can seriously hurt you if it leaks, such as health, biometrics, bank accounts or where you go.',
    '一旦泄露或被滥用容易损害人格尊严或人身、财产安全的信息，如健康、生物识别、金融账户、行踪轨迹。',
  ),
  term(
    'deidentification',
    ['de-identification', 'de-identified', 'pseudonymisation', 'pseudonymization', 'pseudonymised', 'pseudonymized'],
    ['去标识化', '假名化'],
    'Changing data so it cannot point to you without extra information kept separately; it is still personal information.',
    '处理后不借助额外信息就无法识别您，但仍属于个人信息。',
  ),
  term(
    'anonymisation',
    ['anonymisation', 'anonymization', 'anonymise', 'anonymize', 'anonymised', 'anonymized'],
    ['匿名化'],
    'Changing data so nobody can ever link it back to you; it is then no longer personal information.',
    '处理后无法识别您且不能复原，此后不再属于个人信息。',
  ),
  term(
    'cookie',
    ['cookie', 'cookies'],
    ['Cookie', 'cookie'],
    'A small file a website stores in your browser to recognise you next time.',
    '网站存放在您浏览器中的小文件，用于下次识别您。',
  ),
  term(
    'sdk',
    ['SDK', 'software development kit'],
    ['SDK', '软件开发工具包'],
    'Code from another company built into an app; it may collect data itself.',
    '嵌入应用中的第三方代码，可能自行收集信息。',
  ),
  term(
    'device_identifier',
    ['device identifier', 'device ID', 'IMEI', 'IDFA', 'advertising ID'],
    ['设备标识符', '设备识别码', '广告标识符'],
    'A number that identifies your phone or computer over time.',
    '能够长期识别您手机或电脑的编号。',
  ),
  term(
    'ip_address',
    ['IP address'],
    ['IP地址', 'IP 地址'],
    'The network address of your device; it can show roughly where you are.',
    '设备的网络地址，可大致反映您的位置。',
  ),
  term(
    'profiling',
    ['profiling', 'user profile', 'user profiling'],
    ['用户画像', '画像'],
    'Using your data to guess your interests, habits or situation.',
    '利用您的信息推测您的兴趣、习惯或状况。',
  ),
  term(
    'automated_decision',
    ['automated decision-making', 'automated decision', 'automated means'],
    ['自动化决策'],
    'A computer program decides about you by analysing your behaviour, interests or finances.',
    '由计算机程序分析您的行为、兴趣、经济或信用状况等并作出决定。',
  ),
  term(
    'personalised_marketing',
    ['personalised marketing', 'personalized marketing', 'personalised recommendation', 'personalized recommendation'],
    ['个性化推荐', '个性化推送'],
    'Ads or content chosen for you from what is known about you; you may turn it off.',
    '根据对您的了解挑选广告或内容，您可以关闭。',
  ),
  term(
    'cross_border',
    ['outside mainland China', 'cross-border'],
    ['向境外提供', '出境', '跨境'],
    'Sending your information to a company or server outside mainland China.',
    '将您的信息提供给中国境外的机构或服务器。',
  ),
  term(
    'separate_consent',
    ['separate consent'],
    ['单独同意'],
    'A yes you give to this one thing on its own, not as part of a general “I agree”.',
    '针对某一项处理单独作出的同意，而不是笼统的“同意全部”。',
  ),
  term(
    'withdraw_consent',
    ['withdraw consent', 'withdraw your consent', 'withdrawing consent'],
    ['撤回同意'],
    'Taking back a yes you gave; processing based on it stops from then on.',
    '收回您此前给予的同意，此后基于该同意的处理应当停止。',
  ),
  term('guardian', ['guardian'], ['监护人'], 'A parent or other person legally responsible for a child.', '对未成年人负有法定监护职责的父母或其他人。'),
  term(
    'verifiable_parental_consent',
    ['verifiable parental consent'],
    ['可验证的家长同意'],
    'A check that the person agreeing for a child under 13 really is the parent (US COPPA).',
    '确认为不满13周岁儿童作出同意的确实是其家长（美国COPPA）。',
  ),
  term(
    'entrusted_party',
    ['service provider', 'processes it for us', 'on our behalf'],
    ['受托人', '受我们委托', '委托处理', '委托他人处理'],
    'A company that handles your data for us, only as we instruct.',
    '代表我们、按照我们的指示处理您信息的机构。',
  ),
  term(
    'third_party',
    ['third party', 'another company'],
    ['第三方', '其他个人信息处理者'],
    'Another company that uses your data for its own purposes.',
    '为其自身目的使用您信息的其他机构。',
  ),
  term(
    'joint_processing',
    ['decides with us', 'joint processing'],
    ['共同处理', '共同决定'],
    'Two companies decide together how your data is used; you can go to either one.',
    '两个机构共同决定如何处理您的信息，您可以向任何一方主张权利。',
  ),
  term(
    'processor',
    ['personal information processor'],
    ['个人信息处理者'],
    'The company that decides why and how your information is used and answers for it.',
    '自主决定处理目的和方式并对处理负责的组织或个人。',
  ),
  term(
    'legal_basis',
    ['legal basis'],
    ['合法性基础', '处理依据'],
    'The reason the law accepts for using your data, such as your consent or a contract with you.',
    '法律认可的处理理由，例如您的同意或履行与您的合同。',
  ),
  term(
    'biometric',
    ['biometric', 'biometrics'],
    ['生物识别'],
    'Body features that identify you, such as your face, fingerprint or voice.',
    '能识别您的身体特征，如人脸、指纹、声纹。',
  ),
  term(
    'precise_location',
    ['precise location', 'precise geolocation', 'whereabouts'],
    ['精准定位', '行踪轨迹'],
    'Where you are to within a few hundred metres, or a record of where you went.',
    '精确到数百米以内的位置，或您去过哪里的记录。',
  ),
  term('voiceprint', ['voiceprint'], ['声纹'], 'The features of your voice that can identify you.', '能够识别您的声音特征。'),
  term(
    'encryption',
    ['encryption', 'encrypted'],
    ['加密'],
    'Scrambling data so only those with the key can read it.',
    '把数据变成只有持有密钥的人才能读懂的形式。',
  ),
  term('retention', ['retention', 'retention period'], ['保存期限'], 'How long your data is kept before it is deleted.', '您的信息在删除前保存多久。'),
  term(
    'portability',
    ['move it to another service', 'portability'],
    ['转移至指定的处理者', '可携带'],
    'Getting your data sent to another service you choose.',
    '将您的信息转给您指定的其他服务。',
  ),
  term(
    'sell_share',
    ['sell or share', 'sold or shared', 'selling or sharing'],
    ['出售或共享'],
    'In California: giving your data to others for money, or for ads based on what you do elsewhere.',
    '在加州：为获取报酬，或为跨场景行为广告而向他人提供您的信息。',
  ),
  term(
    'cross_context_ads',
    ['cross-context behavioural advertising', 'cross-context behavioral advertising', 'targeted advertising'],
    ['跨场景行为广告', '定向广告'],
    'Ads chosen from what you do on other companies’ sites and apps.',
    '根据您在其他公司网站和应用上的行为投放的广告。',
  ),
  term('opt_out', ['opt out', 'opt-out'], ['选择退出'], 'Saying no to something that happens unless you object.', '对默认进行的处理表示拒绝。'),
  term('opt_in', ['opt-in', 'opt in'], ['选择加入'], 'Something that happens only after you say yes.', '只有在您同意后才会进行的处理。'),
  term(
    'gpc',
    ['Global Privacy Control', 'GPC', 'Sec-GPC'],
    ['全球隐私控制'],
    'A browser setting that tells every website not to sell or share your data.',
    '一种浏览器设置，告诉网站不要出售或共享您的信息。',
  ),
  term(
    'impact_assessment',
    ['impact assessment'],
    ['影响评估'],
    'A check a company must do before risky processing, weighing the harm to you.',
    '企业在高风险处理前必须开展的评估，衡量对您的影响。',
  ),
  term(
    'security_assessment',
    ['security assessment'],
    ['安全评估'],
    'A government review before large amounts of data may leave China.',
    '数据大量出境前由国家网信部门组织的审查。',
  ),
  term(
    'standard_contract',
    ['standard contract'],
    ['标准合同'],
    'A contract on the government’s template that protects data sent abroad.',
    '依照官方范本订立、保护出境信息的合同。',
  ),
  term(
    'certification',
    ['protection certification'],
    ['个人信息保护认证'],
    'An independent body has checked and certified how the data is protected.',
    '由专业机构审核并认证信息保护情况。',
  ),
  term(
    'minor_under_14',
    ['child under 14', 'under 14'],
    ['不满十四周岁'],
    'In China, all information about a child under 14 counts as sensitive.',
    '在中国，不满十四周岁未成年人的全部个人信息均属敏感个人信息。',
  ),
  term(
    'financial_account',
    ['financial account', 'payment credentials'],
    ['金融账户', '支付鉴别信息'],
    'Bank or payment account details and the secrets that unlock them.',
    '银行或支付账户信息以及用于验证的口令、密码。',
  ),
  term(
    'specific_identity',
    ['specific identity'],
    ['特定身份'],
    'Facts about who you are that can lead to unfair treatment, such as religion or a criminal record.',
    '可能导致不公正对待的身份信息，如宗教信仰、违法犯罪记录。',
  ),
  term(
    'explain_rules',
    ['explain these rules'],
    ['解释说明'],
    'You may ask us to explain in plain words how and why we use your data.',
    '您可以要求我们用通俗语言说明如何以及为何处理您的信息。',
  ),
  term(
    'notice_at_collection',
    ['notice at collection'],
    ['收集时告知'],
    'What a California business must tell you before or when it collects your data.',
    '加州企业在收集信息之前或之时必须告知您的内容。',
  ),
];
