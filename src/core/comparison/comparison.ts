/** Text in both languages of the UI. */
export type ComparisonText = { readonly en: string; readonly zh: string };

/** One question answered side by side for China (PIPL and its implementing rules) and the US. */
export type ComparisonRow = {
  readonly id: string;
  readonly topic: ComparisonText;
  readonly cn: ComparisonText;
  readonly us: ComparisonText;
};

/**
 * China vs United States on the same questions, summarised from the law reference
 * (comparison.md; details and sources in cn-pipl.md, cn-other.md, cn-app-rules.md, standards.md,
 * us.md). "CN" = PIPL with its implementing rules; "US" = federal sectoral laws plus California
 * (CCPA as amended by the CPRA). Ids are a public contract of `GET /api/comparison`: never renamed.
 * Points the reference marks as unverified say so in both languages.
 */
export const COMPARISON: readonly ComparisonRow[] = [
  {
    id: 'structure',
    topic: { en: 'Structure', zh: '立法体例' },
    cn: {
      en: 'One comprehensive law (PIPL, 2021) plus Civil Code arts. 1032-1039, Criminal Law art. 253-1, the CSL and DSL, State Council regulations (NDSMR 2024), CAC rules and normative documents, national standards and local rules.',
      zh: '一部综合性法律（《个人信息保护法》，2021 年），辅以《民法典》第 1032-1039 条、《刑法》第 253 条之一、《网络安全法》和《数据安全法》、国务院行政法规（《网络数据安全管理条例》，2024 年）、国家网信部门的规章和规范性文件、国家标准以及地方性规定。',
    },
    us: {
      en: 'Sectoral federal statutes (FCRA, GLBA, HIPAA, FERPA, COPPA, ECPA, and the Privacy Act for federal agencies) plus comprehensive state laws (California CCPA/CPRA first, about 20 states) and state data-breach laws.',
      zh: '分行业的联邦法律（FCRA《公平信用报告法》、GLBA《格雷姆-里奇-比利雷法》、HIPAA《健康保险流通与责任法》、FERPA《家庭教育权利和隐私法》、COPPA《儿童在线隐私保护法》、ECPA《电子通信隐私法》，以及适用于联邦机构的《隐私法》），加上各州的综合性隐私法（加州 CCPA/CPRA 最早，约 20 个州）和各州的数据泄露通知法。',
    },
  },
  {
    id: 'who_is_covered',
    topic: { en: 'Who is covered', zh: '适用主体' },
    cn: {
      en: 'Any organisation or individual that decides the purposes and means of processing (PIPL art. 73(1)) in the PRC, plus foreign processors that target or analyse people in the PRC (PIPL art. 3).',
      zh: '在中华人民共和国境内自主决定处理目的和处理方式的任何组织或者个人（《个人信息保护法》第 73 条第 1 项），以及以向境内自然人提供产品或者服务为目的、或者分析评估境内自然人行为的境外个人信息处理者（第 3 条）。',
    },
    us: {
      en: 'Depends on the statute: a CCPA "business" meets a threshold (annual revenue above the adjusted $26,625,000; buys, sells or shares PI of 100,000+ consumers or households; or earns 50%+ of revenue from selling or sharing PI; § 1798.140(d)); COPPA covers operators of child-directed services, GLBA financial institutions, HIPAA covered entities and FERPA federally funded schools.',
      zh: '取决于具体法律：CCPA 的“企业”须达到门槛（年收入超过经调整的 26,625,000 美元；买卖或共享 100,000 名以上消费者或家庭的个人信息；或 50% 以上收入来自出售或共享个人信息；§ 1798.140(d)）；COPPA 适用于面向儿童的服务的运营者，GLBA 适用于金融机构，HIPAA 适用于受规管实体，FERPA 适用于接受联邦资助的学校。',
    },
  },
  {
    id: 'basis_for_processing',
    topic: { en: 'Basis for processing', zh: '处理的合法性基础' },
    cn: {
      en: 'Every processing needs a legal basis: consent or one of six other bases (PIPL art. 13).',
      zh: '任何处理活动均须具备合法性基础：取得个人同意，或者符合其他六种法定情形之一（《个人信息保护法》第 13 条）。',
    },
    us: {
      en: 'No general legal-basis requirement: processing is allowed unless a statute restricts it (e.g. permissible purposes under FCRA § 1681b, treatment, payment and operations under HIPAA, consent for FERPA disclosures).',
      zh: '没有一般性的合法性基础要求：除非法律另有限制，处理即被允许（例如 FCRA § 1681b 规定的许可目的、HIPAA 下的治疗、支付和医疗运营（TPO），以及 FERPA 下披露须经同意）。',
    },
  },
  {
    id: 'consent_model',
    topic: { en: 'Consent model', zh: '同意模式' },
    cn: {
      en: 'Opt-in: informed, voluntary and explicit consent (PIPL art. 14); separate consent for sensitive PI, provision to other processors, public disclosure and cross-border transfer (PIPL arts. 29, 23, 25, 39); consent must be easy to withdraw (PIPL art. 15); service may not be refused because non-necessary PI is refused (PIPL art. 16; CAC 2021 art. 4).',
      zh: '选择加入（opt-in）：同意须在充分知情的前提下自愿、明确作出（《个人信息保护法》第 14 条）；处理敏感个人信息、向其他个人信息处理者提供、公开以及向境外提供个人信息须取得单独同意（第 29、23、25、39 条）；应当提供便捷的撤回同意的方式（第 15 条）；不得以个人不同意处理非必要个人信息为由拒绝提供产品或者服务（第 16 条；国家网信办 2021 年《常见类型移动互联网应用程序必要个人信息范围规定》第 4 条）。',
    },
    us: {
      en: "Opt-out for the sale or sharing of PI (CCPA § 1798.120) and for GLBA sharing with nonaffiliated third parties (15 U.S.C. § 6802(b)); opt-in only in pockets: children (COPPA verifiable parental consent; CCPA sale of under-16s' PI), HIPAA authorisations, FCRA employment reports and financial incentives (CCPA § 1798.125).",
      zh: '对出售或共享个人信息采用选择退出（opt-out）模式（CCPA § 1798.120），GLBA 下向非关联第三方共享亦同（15 U.S.C. § 6802(b)）；仅在个别领域采用选择加入：儿童（COPPA 可验证的父母同意；CCPA 下出售 16 岁以下未成年人的个人信息）、HIPAA 授权、FCRA 就业背景报告，以及经济激励（CCPA § 1798.125）。',
    },
  },
  {
    id: 'sensitive_data',
    topic: { en: 'Sensitive data', zh: '敏感个人信息' },
    cn: {
      en: 'A closed category with an open list: biometrics, religious beliefs, specific identity, medical health, financial accounts, whereabouts, and all PI of minors under 14 (PIPL art. 28); requires separate consent, notice of necessity and impact, a PI protection impact assessment and strict protective measures (PIPL arts. 29-30, 55).',
      zh: '封闭的类别加开放的列举：生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的全部个人信息（《个人信息保护法》第 28 条）；须取得单独同意，告知处理的必要性及对个人权益的影响，开展个人信息保护影响评估，并采取严格保护措施（第 29-30、55 条）。',
    },
    us: {
      en: 'CCPA "sensitive personal information" (§ 1798.140(ae)): government IDs, log-in and financial-account credentials, precise geolocation, racial or ethnic origin, citizenship or immigration status, religion, union membership, contents of messages, genetic, biometric and health data, sex life and sexual orientation; consumers get a right to limit its use (§ 1798.121), not an opt-in.',
      zh: 'CCPA 的“敏感个人信息”（§ 1798.140(ae)）：政府签发的身份证件号码、登录凭证和金融账户凭证、精确地理位置、种族或民族、公民身份或移民身份、宗教信仰、工会会员身份、通信内容、基因、生物识别和健康信息、性生活和性取向；消费者享有限制其使用的权利（§ 1798.121），而非选择加入。',
    },
  },
  {
    id: 'minors',
    topic: { en: 'Minors', zh: '未成年人' },
    cn: {
      en: "Under 14: all of their PI is sensitive and guardian consent plus specific processing rules are required (PIPL arts. 28, 31); the 2019 provisions on children's PI online; the 2024 regulation on the online protection of minors (annual compliance audit of minors' PI processing).",
      zh: '不满十四周岁：其全部个人信息均属敏感个人信息，须取得父母或者其他监护人的同意并制定专门的个人信息处理规则（《个人信息保护法》第 28、31 条）；另有 2019 年《儿童个人信息网络保护规定》和 2024 年《未成年人网络保护条例》（每年对处理未成年人个人信息的情况开展合规审计）。',
    },
    us: {
      en: 'Under 13: COPPA verifiable parental consent (16 CFR § 312.5); under 16: CCPA opt-in before sale or sharing (teens aged 13-15 consent themselves, a parent for under-13s; § 1798.120(c)); FERPA rights pass to the student at 18.',
      zh: '13 岁以下：COPPA 要求可验证的父母同意（16 CFR § 312.5）；16 岁以下：CCPA 要求出售或共享前取得选择加入同意（13-15 岁由本人同意，13 岁以下由父母同意；§ 1798.120(c)）；FERPA 规定的权利在学生年满 18 岁时转归学生本人。',
    },
  },
  {
    id: 'notice',
    topic: { en: 'Notice', zh: '告知' },
    cn: {
      en: "Before processing: the processor's identity, purposes, methods, categories of PI, retention period and how to exercise rights (PIPL art. 17); extra items for sensitive PI, recipients and overseas recipients (PIPL arts. 30, 23, 39); the processing rules set out as a list (NDSMR art. 21).",
      zh: '处理前告知：个人信息处理者的身份、处理目的、处理方式、个人信息种类、保存期限以及个人行使权利的方式（《个人信息保护法》第 17 条）；处理敏感个人信息、向其他处理者提供及向境外提供时须告知额外事项（第 30、23、39 条）；个人信息处理规则须以清单等形式列明（《网络数据安全管理条例》第 21 条）。',
    },
    us: {
      en: 'Notice at collection (CCPA § 1798.100; 11 CCR § 7012); GLBA initial and annual privacy notices; COPPA direct notice to parents; the HIPAA notice of privacy practices; Privacy Act (e)(3) notice.',
      zh: '收集时告知（CCPA § 1798.100；11 CCR § 7012）；GLBA 的初始及年度隐私告知；COPPA 向父母发出的直接告知；HIPAA 的隐私实践告知；《隐私法》(e)(3) 告知。',
    },
  },
  {
    id: 'individual_rights',
    topic: { en: 'Individual rights', zh: '个人权利' },
    cn: {
      en: 'Rights to know, decide, restrict and refuse; access and copy, portability, correction, deletion and explanation; rights of the close relatives of a deceased person (PIPL arts. 44-50); the right to sue when a rights request is refused (PIPL art. 50).',
      zh: '知情权、决定权、限制或者拒绝处理的权利；查阅、复制、可携带、更正补充、删除以及要求解释说明的权利；死者近亲属的权利（《个人信息保护法》第 44-50 条）；个人行使权利的申请被拒绝的，可以依法向人民法院提起诉讼（第 50 条）。',
    },
    us: {
      en: 'CCPA: know/access, delete, correct, opt out of sale or sharing, limit the use of sensitive PI, and no retaliation (§§ 1798.100-1798.125); HIPAA access and amendment; FERPA access and amendment; FCRA access and dispute; Privacy Act access and amendment.',
      zh: 'CCPA：知情/访问权、删除权、更正权、选择退出出售或共享的权利、限制使用敏感个人信息的权利，以及不受报复的权利（§§ 1798.100-1798.125）；HIPAA 的访问和修改权；FERPA 的访问和修改权；FCRA 的访问和异议权；《隐私法》的访问和修改权。',
    },
  },
  {
    id: 'response_deadlines',
    topic: { en: 'Response deadlines', zh: '响应期限' },
    cn: {
      en: 'PIPL: "promptly" (no number of days); GB/T 35273-2020 § 8.7: 30 days; App identification method 2019: manual handling of correction, deletion and account cancellation and of complaints within 15 working days.',
      zh: '《个人信息保护法》：“及时”（未规定具体天数）；GB/T 35273-2020 第 8.7 条：30 天；2019 年《App违法违规收集使用个人信息行为认定方法》：人工处理更正、删除、注销账号请求及投诉举报须在 15 个工作日内完成。',
    },
    us: {
      en: 'CCPA: 45 days plus one 45-day extension (§ 1798.130); opt-out and limit requests: 15 business days (11 CCR §§ 7026-7027); HIPAA access: 30 days + 30; FERPA access: 45 days; FCRA disputes: 30 days (+15).',
      zh: 'CCPA：45 天，可延长一次 45 天（§ 1798.130）；选择退出和限制使用请求：15 个工作日（11 CCR §§ 7026-7027）；HIPAA 访问请求：30 天，可再延长 30 天；FERPA 访问请求：45 天；FCRA 异议：30 天（可延长 15 天）。',
    },
  },
  {
    id: 'automated_decisions',
    topic: { en: 'Automated decisions', zh: '自动化决策' },
    cn: {
      en: 'Transparency and fairness, with no unreasonable differential treatment in prices; an option not targeting personal characteristics for information push and marketing; explanation and refusal of solely automated decisions with a significant impact (PIPL art. 24); an easy way to switch off personalised recommendations (NDSMR art. 42).',
      zh: '保证决策的透明度和结果公平、公正，不得在交易价格等交易条件上实行不合理的差别待遇；通过自动化决策进行信息推送、商业营销的，应当同时提供不针对其个人特征的选项；对个人权益有重大影响的仅通过自动化决策作出的决定，个人有权要求说明并拒绝（《个人信息保护法》第 24 条）；提供便捷的关闭个性化推荐的选项（《网络数据安全管理条例》第 42 条）。',
    },
    us: {
      en: 'FCRA adverse-action notices; CPPA regulations on automated decision-making technology (2025, unverified); no general federal rule.',
      zh: 'FCRA 的不利行动通知；加州隐私保护局（CPPA）关于自动化决策技术的法规（2025 年，未经核实）；联邦层面没有一般性规则。',
    },
  },
  {
    id: 'cross_border_transfer',
    topic: { en: 'Cross-border transfer', zh: '个人信息跨境提供' },
    cn: {
      en: 'Restricted: a security assessment, the standard contract, certification, or an exemption (PIPL art. 38; 2024 provisions on cross-border data flows); separate consent (PIPL art. 39); localisation for CIIOs and processors handling PI above the volume threshold (PIPL art. 40); no provision to foreign judicial or law-enforcement bodies without approval (PIPL art. 41).',
      zh: '受到限制：须通过数据出境安全评估、订立标准合同、经个人信息保护认证，或者适用豁免情形（《个人信息保护法》第 38 条；2024 年《促进和规范数据跨境流动规定》）；须取得单独同意（第 39 条）；关键信息基础设施运营者和处理个人信息达到规定数量的处理者须境内存储（第 40 条）；非经主管机关批准，不得向外国司法或者执法机构提供（第 41 条）。',
    },
    us: {
      en: 'No general restriction on exporting PI; specific controls are based on national security (e.g. the 2024-2025 rules on bulk sensitive data to countries of concern, outside this reference).',
      zh: '对个人信息出境没有一般性限制；具体管控出于国家安全考量（例如 2024-2025 年关于向受关注国家传输大批量敏感数据的规则，不在本参考资料范围内）。',
    },
  },
  {
    id: 'accountability',
    topic: { en: 'Accountability', zh: '问责与合规管理' },
    cn: {
      en: "A PI protection officer once 1 million individuals' PI is processed (PIPL art. 52 with the Audit Measures 2025); regular compliance audits, at least every two years above 10 million individuals; a PI protection impact assessment for the listed triggers (PIPL arts. 54-56); extra duties for large platforms (PIPL art. 58).",
      zh: '处理 100 万人以上个人信息的，应当指定个人信息保护负责人（《个人信息保护法》第 52 条及 2025 年《个人信息保护合规审计管理办法》）；定期开展合规审计，处理 1000 万人以上个人信息的至少每两年一次；在法定情形下开展个人信息保护影响评估（第 54-56 条）；大型平台承担特别义务（第 58 条）。',
    },
    us: {
      en: 'CCPA: risk assessments and cybersecurity audits under the 2025 CPPA rules (unverified); GLBA Safeguards Rule: a written programme and a qualified individual; HIPAA Security Rule risk analysis; COPPA 2025: a written security programme and retention policy.',
      zh: 'CCPA：依据 2025 年加州隐私保护局（CPPA）规则开展风险评估和网络安全审计（未经核实）；GLBA《保障规则》：书面信息安全计划并指定合格负责人；HIPAA《安全规则》：风险分析；COPPA（2025 年修订）：书面安全计划和保存政策。',
    },
  },
  {
    id: 'security_incidents',
    topic: { en: 'Security incidents', zh: '安全事件' },
    cn: {
      en: 'Take remedial measures immediately and notify the authorities and the individuals (PIPL art. 57); report within 1, 2 or 4 hours depending on the type of operator for incidents graded relatively major or above (2025 reporting measures).',
      zh: '立即采取补救措施，并通知履行个人信息保护职责的部门和个人（《个人信息保护法》第 57 条）；对较大及以上级别的事件，按运营者类型在 1 小时、2 小时或 4 小时内报告（2025 年《国家网络安全事件报告管理办法》）。',
    },
    us: {
      en: 'State breach laws: without unreasonable delay, often within 30-60 days; HIPAA: 60 days; GLBA Safeguards Rule: 30 days to the FTC (500+ consumers); SEC: 4 business days (material incidents); banking regulators: 36 hours.',
      zh: '各州数据泄露通知法：不得无故拖延，通常为 30-60 天；HIPAA：60 天；GLBA《保障规则》：30 天内报告联邦贸易委员会（FTC）（涉及 500 名以上消费者）；美国证券交易委员会（SEC）：4 个工作日（重大事件）；银行监管机构：36 小时。',
    },
  },
  {
    id: 'enforcement_authority',
    topic: { en: 'Enforcement authority', zh: '执法机关' },
    cn: {
      en: 'The CAC coordinates, together with the MIIT, the MPS, the SAMR and sector regulators; app testing and public notices (PIPL arts. 60-64).',
      zh: '国家网信部门负责统筹协调，工业和信息化部、公安部、国家市场监督管理总局及各行业主管部门在各自职责范围内负责；开展 App 检测评估并发布通报（《个人信息保护法》第 60-64 条）。',
    },
    us: {
      en: 'FTC (COPPA, the GLBA Safeguards Rule, unfair or deceptive practices), CFPB (FCRA, Regulation P), HHS OCR (HIPAA), the Department of Education (FERPA), the CPPA and the California Attorney General (CCPA), and state attorneys general.',
      zh: '联邦贸易委员会（FTC，负责 COPPA、GLBA《保障规则》及不公平或欺骗性行为）、消费者金融保护局（CFPB，负责 FCRA、P 条例）、卫生与公众服务部民权办公室（HHS OCR，负责 HIPAA）、教育部（负责 FERPA）、加州隐私保护局（CPPA）和加州总检察长（负责 CCPA），以及各州总检察长。',
    },
  },
  {
    id: 'administrative_penalties',
    topic: { en: 'Administrative penalties', zh: '行政处罚' },
    cn: {
      en: "Up to RMB 1 million for refusing to rectify; in serious cases up to RMB 50 million or 5% of the previous year's turnover, suspension of business and revocation of licences; RMB 10,000 to 1 million and bans for the responsible managers (PIPL art. 66); entry in credit records (PIPL art. 67).",
      zh: '拒不改正的，处 100 万元以下罚款；情节严重的，处 5000 万元以下或者上一年度营业额 5% 以下罚款，并可责令暂停相关业务或者停业整顿、通报有关主管部门吊销相关业务许可或者营业执照；对直接负责的主管人员处 1 万元以上 100 万元以下罚款，并可禁止其在一定期限内担任相关职务（《个人信息保护法》第 66 条）；记入信用档案（第 67 条）。',
    },
    us: {
      en: 'CCPA: $2,663 or $7,988 per violation (2025 figures; §§ 1798.155, 1798.199.90); COPPA civil penalties per violation; tiered FCRA and HIPAA penalties; no turnover-based cap.',
      zh: 'CCPA：每次违法 2,663 美元或 7,988 美元（2025 年数额；§§ 1798.155、1798.199.90）；COPPA 按每次违法处以民事罚款；FCRA 和 HIPAA 实行分级罚款；没有以营业额为基数的罚款上限。',
    },
  },
  {
    id: 'criminal_liability',
    topic: { en: 'Criminal liability', zh: '刑事责任' },
    cn: {
      en: "Criminal Law art. 253-1: up to 3 years' imprisonment, 3 to 7 years where especially serious; quantity thresholds of 50, 500 or 5,000 items and RMB 5,000 of illegal gains (2017 interpretation).",
      zh: '《刑法》第 253 条之一（侵犯公民个人信息罪）：处三年以下有期徒刑，情节特别严重的，处三年以上七年以下有期徒刑；“情节严重”的数量标准为 50 条、500 条或 5000 条，或违法所得 5000 元以上（2017 年最高人民法院、最高人民检察院司法解释）。',
    },
    us: {
      en: 'Specific crimes: ECPA interception, FCRA false pretences, HIPAA wrongful disclosure, the Privacy Act misdemeanour, and identity-theft and computer-fraud statutes.',
      zh: '针对特定行为的罪名：ECPA 非法截取通信、FCRA 以虚假借口获取信息、HIPAA 不当披露、《隐私法》规定的轻罪，以及身份盗窃和计算机欺诈相关法律。',
    },
  },
  {
    id: 'private_right_of_action',
    topic: { en: 'Private right of action', zh: '私人诉权' },
    cn: {
      en: 'Tort claims with a presumption of fault (PIPL art. 69); suit after a refused rights request (PIPL art. 50); public-interest litigation by procuratorates, consumer organisations and bodies designated by the CAC (PIPL art. 70); Civil Code arts. 1032-1038.',
      zh: '侵权损害赔偿适用过错推定原则（《个人信息保护法》第 69 条）；行使权利的申请被拒绝后可以提起诉讼（第 50 条）；人民检察院、法律规定的消费者组织和由国家网信部门确定的组织可以提起公益诉讼（第 70 条）；《民法典》第 1032-1038 条。',
    },
    us: {
      en: 'CCPA: only for data breaches ($107-$799 per consumer per incident, § 1798.150); FCRA, ECPA and the Privacy Act (actual damages, $1,000 minimum) allow suits; none under GLBA, HIPAA, FERPA (Gonzaga v. Doe) or COPPA (enforced by the FTC and state attorneys general only).',
      zh: 'CCPA：仅限数据泄露（每名消费者每起事件 107-799 美元，§ 1798.150）；FCRA、ECPA 和《隐私法》（实际损失，最低 1,000 美元）允许个人起诉；GLBA、HIPAA、FERPA（Gonzaga v. Doe 案）和 COPPA（仅由联邦贸易委员会和各州总检察长执法）下均无私人诉权。',
    },
  },
  {
    id: 'industry_self_regulation_and_certification',
    topic: { en: 'Industry self-regulation and certification', zh: '行业自律与认证' },
    cn: {
      en: 'The State supports industry self-regulation (NDSMR art. 7); PI protection certification (technical verification, on-site audit and post-certification supervision; 3-year certificates; 2022 rules); certification for cross-border transfer (2026); regulators test and rate apps and publish the results (PIPL art. 61(3)); credit records (PIPL art. 67).',
      zh: '国家支持行业自律（《网络数据安全管理条例》第 7 条）；个人信息保护认证（技术验证、现场审核和获证后监督，证书有效期 3 年；2022 年认证实施规则）；个人信息出境认证（2026 年）；监管部门组织对 App 进行测评并公布结果（《个人信息保护法》第 61 条第 3 项）；信用档案（第 67 条）。',
    },
    us: {
      en: 'COPPA safe-harbor programmes approved by the FTC (16 CFR § 312.11); industry codes (e.g. advertising self-regulatory programmes) enforced as deception under FTC Act § 5; no government-run general privacy certification; APEC CBPR / Global CBPR certifications are voluntary.',
      zh: '经联邦贸易委员会（FTC）批准的 COPPA 安全港计划（16 CFR § 312.11）；行业准则（如广告业自律计划）通过《联邦贸易委员会法》第 5 条以欺骗性行为予以执行；没有政府主导的一般性隐私认证；APEC CBPR / 全球 CBPR 认证属自愿性质。',
    },
  },
];
