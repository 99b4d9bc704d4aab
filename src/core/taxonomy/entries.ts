import type { TaxonomyEntry } from './types.js';

/**
 * PISA's PI categories: a public contract. Add entries at the end, never rename or reorder;
 * retire an entry with `deprecated`.
 *
 * Sources of the flags (docs/taxonomy.md is generated from this module):
 * - `cn_sensitive`: PIPL art. 28(1) and GB/T 35273-2020 Table B.1 (Annex A lists the general,
 *   non-sensitive examples). PI of minors under 14 is sensitive whatever its category; that is
 *   decided per activity (`minors`), not here.
 * - `us_ca_sensitive`: Cal. Civ. Code § 1798.140(ae), read literally.
 * - `criminal_class`: 2017 SPC/SPP interpretation art. 5(1) items 3-5, mapped as in the
 *   reference table (law/cn-other.md §2); ids the text does not name get the 5,000 class.
 * - `dpv`: the first concept of the PISA -> DPV 2.3 table (users-and-standards.md d.4);
 *   alternatives the table gives are noted beside the entry.
 */
export const TAXONOMY = [
  {
    id: 'person_name',
    label: { en: 'Name', zh: '姓名' },
    description: {
      en: "A person's legal or commonly used name, including former names and names in other scripts.",
      zh: '自然人的姓名，包括曾用名和以其他文字书写的姓名。',
    },
    group: 'identity',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:Name',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'gender',
    label: { en: 'Gender', zh: '性别' },
    description: { en: "A person's sex or gender as recorded or declared.", zh: '登记或自述的性别。' },
    group: 'identity',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:Gender',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'birth_date',
    label: { en: 'Date of birth', zh: '出生日期' },
    description: { en: "A person's date of birth.", zh: '自然人的出生年月日。' },
    group: 'identity',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:BirthDate',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'age',
    label: { en: 'Age', zh: '年龄' },
    description: {
      en: "A person's age or age range, including passenger types such as child, student or adult.",
      zh: '年龄或年龄段，包括儿童、学生、成人等旅客类型。',
    },
    group: 'identity',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:Age', // also pd:AgeRange, pd:AgeExact
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'ethnic_origin',
    label: { en: 'Ethnic origin', zh: '民族' },
    description: { en: "A person's ethnic group or racial origin.", zh: '所属民族或种族出身。' },
    group: 'identity',
    // why: GB/T 35273 Annex A lists ethnicity (民族) as general PI; whether it is a "specific
    // identity" under PIPL art. 28 is debated (glossary), so it is not flagged here.
    cn_sensitive: false,
    us_ca_sensitive: true,
    criminal_class: 5000,
    dpv: 'pd:EthnicOrigin',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'nationality',
    label: { en: 'Nationality', zh: '国籍' },
    description: { en: 'The country or countries of which a person is a citizen.', zh: '自然人所属的国籍。' },
    group: 'identity',
    cn_sensitive: false,
    // why: nationality reveals citizenship, which § 1798.140(ae)(1)(D) lists (added by AB 947).
    us_ca_sensitive: true,
    criminal_class: 5000,
    dpv: 'pd:Nationality', // also pd:Citizenship
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'marital_status',
    label: { en: 'Marital status', zh: '婚姻状况' },
    description: {
      en: 'Whether a person is single, married, divorced or widowed, including marital history.',
      zh: '未婚、已婚、离异、丧偶等婚姻状况，包括婚史。',
    },
    group: 'identity',
    // why: GB/T 35273 Table B.1 lists marital history (婚史) as sensitive; a status reveals it.
    cn_sensitive: true,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:MaritalStatus',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'mobile_phone',
    label: { en: 'Mobile phone number', zh: '手机号码' },
    description: {
      en: 'A mobile telephone number, such as the number a user registers with.',
      zh: '移动电话号码，例如注册用户的手机号码。',
    },
    group: 'contact',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:TelephoneNumber',
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'landline_phone',
    label: { en: 'Landline phone number', zh: '固定电话号码' },
    description: { en: 'A fixed-line telephone number at home or at work.', zh: '住宅或工作单位的固定电话号码。' },
    group: 'contact',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:TelephoneNumber',
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'email',
    label: { en: 'E-mail address', zh: '电子邮件地址' },
    description: { en: 'An e-mail address that reaches a person.', zh: '可以联系到个人的电子邮件地址。' },
    group: 'contact',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:EmailAddress',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'postal_address',
    label: { en: 'Postal address', zh: '通信地址' },
    description: { en: "A person's home or mailing address.", zh: '个人的住址或通信地址。' },
    group: 'contact',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:PhysicalAddress',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'shipping_address',
    label: { en: 'Shipping address', zh: '收货地址' },
    description: { en: 'The address to which goods, letters or parcels are delivered.', zh: '商品、信件或包裹的收货地址。' },
    group: 'contact',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:PhysicalAddress',
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'resident_id_number',
    label: { en: 'Resident ID card number', zh: '身份证号码' },
    description: {
      en: 'The number of a PRC resident identity card, with its validity period.',
      zh: '居民身份证号码及其有效期限。',
    },
    group: 'government_id',
    cn_sensitive: true,
    // why: the national counterpart of the "state identification card" in § 1798.140(ae)(1)(A).
    us_ca_sensitive: true,
    // why: not named in the 2017 interpretation; some courts put ID numbers in the 500 class as
    // PI that "may affect personal and property safety" (cn-other.md §2) — policy choice: 5,000.
    criminal_class: 5000,
    dpv: 'pd:OfficialID',
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'passport_number',
    label: { en: 'Passport number', zh: '护照号码' },
    description: { en: 'The number of a passport, with its validity period.', zh: '护照号码及其有效期限。' },
    group: 'government_id',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000, // why: ID documents are not named in the interpretation (see resident_id_number)
    dpv: 'pd:Passport',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'driver_license_number',
    label: { en: 'Driving licence number', zh: '驾驶证号码' },
    description: {
      en: 'The number of a motor-vehicle driving licence and the details on it.',
      zh: '机动车驾驶证号码及驾驶证上记载的信息。',
    },
    group: 'government_id',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000, // why: ID documents are not named in the interpretation (see resident_id_number)
    dpv: 'pd:OfficialID',
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'social_security_number',
    label: { en: 'Social security number', zh: '社会保障号码' },
    description: {
      en: 'A social-security number, such as a US SSN or the number of a PRC social-security card.',
      zh: '社会保障号码，如美国社会安全号码或社会保障卡号码。',
    },
    group: 'government_id',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000, // why: ID documents are not named in the interpretation (see resident_id_number)
    dpv: 'pd:OfficialID',
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'other_government_id',
    label: { en: 'Other government ID number', zh: '其他身份证件号码' },
    description: {
      en: 'The type and number of another official identity document, e.g. residence permit, officer ID, work permit, travel permit or US state ID card.',
      zh: '其他身份证件的类型和号码，如居住证、军官证、工作证、往来通行证或美国州身份证。',
    },
    group: 'government_id',
    cn_sensitive: true,
    // why: covers the "state identification card" of § 1798.140(ae)(1)(A); other official IDs
    // are treated alike because PISA does not split this id by issuer.
    us_ca_sensitive: true,
    criminal_class: 5000, // why: ID documents are not named in the interpretation (see resident_id_number)
    dpv: 'pd:OfficialID',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'license_plate',
    label: { en: 'Licence plate number', zh: '车牌号码' },
    description: { en: "A vehicle's registration plate number and plate colour.", zh: '机动车号牌号码及号牌颜色。' },
    group: 'government_id',
    // why: not in PIPL art. 28 or Table B.1; only combined with sightings does it become a track.
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:VehicalLicenseRegistration', // DPV's own spelling
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'photo',
    label: { en: 'Photo', zh: '照片' },
    description: {
      en: 'A photograph of a person or an image of a document, not processed to recognise the person.',
      zh: '个人照片或证件影像，不用于识别个人身份。',
    },
    group: 'identity',
    // why: a picture becomes biometric only when processed for recognition (use face_image then).
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:Picture',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'account_id',
    label: { en: 'Account ID', zh: '用户账号' },
    description: {
      en: 'A user name, account number or other identifier of an account with a service.',
      zh: '用户在网络服务中的用户名、账号等账户标识。',
    },
    group: 'device_online',
    cn_sensitive: false,
    // why: § 1798.140(ae)(1)(B) covers an account log-in only "in combination with" a password or
    // credential; that combination is flagged through account_password.
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:Username', // also pd:Identifier; pd:AccountIdentifier is financial
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'account_password',
    label: { en: 'Account password', zh: '账户密码' },
    description: {
      en: 'A password, passphrase or other secret used to log in to an account.',
      zh: '用于登录账户的密码、口令等鉴别信息。',
    },
    group: 'device_online',
    cn_sensitive: true,
    us_ca_sensitive: true,
    // why: art. 1 of the interpretation names account passwords as PI but art. 5 puts them in no
    // class; some courts use the 500 class (cn-other.md §2) — policy choice: 5,000.
    criminal_class: 5000,
    dpv: 'pd:Password',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'device_id',
    label: { en: 'Device identifier', zh: '设备标识符' },
    description: {
      en: 'A hardware or software identifier of a device, such as IMEI, MAC address, Android ID, IDFA or OAID.',
      zh: '设备的软硬件标识，如 IMEI、MAC 地址、Android ID、IDFA、OAID。',
    },
    group: 'device_online',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000, // why: not named in the interpretation; judicial practice varies (cn-other.md §2)
    dpv: 'pd:DeviceBased', // also pd:Identifier
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'ip_address',
    label: { en: 'IP address', zh: 'IP 地址' },
    description: { en: 'The IP address a device uses on the internet.', zh: '设备联网时使用的 IP 地址。' },
    group: 'device_online',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:IPAddress',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'online_identifier',
    label: { en: 'Online identifier', zh: '网络身份标识' },
    description: {
      en: 'Cookies, advertising identifiers, browser fingerprints and similar online identifiers.',
      zh: 'Cookie、广告标识符、浏览器指纹等网络身份标识。',
    },
    group: 'device_online',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:Identifier', // also pd:DigitalFingerprint, pd:BrowserFingerprint
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'contacts_list',
    label: { en: 'Contacts list', zh: '通讯录' },
    description: { en: "A person's address book, friend list or group list.", zh: '个人的通讯录、好友列表或群组列表。' },
    group: 'communication',
    cn_sensitive: true,
    us_ca_sensitive: false,
    // why: the reference mapping puts only call_log under "communication records"; an address
    // book is not named in art. 5, so the 5,000 class applies.
    criminal_class: 5000,
    dpv: 'pd:SocialNetwork', // pd:Contact means contact details, not a contacts list
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'communication_content',
    label: { en: 'Communication content', zh: '通信内容' },
    description: {
      en: 'The contents of messages, e-mails, calls and other communications.',
      zh: '短信、电子邮件、通话、即时消息等通信的内容。',
    },
    group: 'communication',
    cn_sensitive: true,
    // why: § 1798.140(ae)(1)(E) excepts contents where the business is the intended recipient;
    // the flag assumes it is not.
    us_ca_sensitive: true,
    criminal_class: 50,
    dpv: 'pd:Communication',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'call_log',
    label: { en: 'Call and message log', zh: '通信记录' },
    description: {
      en: 'Records of calls and messages (who, when, how long) without their contents.',
      zh: '通话、短信等通信的对象、时间和时长记录，不含内容。',
    },
    group: 'communication',
    cn_sensitive: true,
    us_ca_sensitive: false,
    criminal_class: 500,
    dpv: 'pd:CallLog',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'precise_location',
    label: { en: 'Precise location', zh: '精准定位信息' },
    description: {
      en: 'A location accurate to a street or building, such as GPS coordinates (within about 1,850 feet).',
      zh: '精确到街道或建筑物的位置，如 GPS 坐标（半径约 1850 英尺以内）。',
    },
    group: 'location',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 50,
    dpv: 'pd:GPSCoordinate', // also pd:CurrentLocation
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'coarse_location',
    label: { en: 'Coarse location', zh: '粗略位置信息' },
    description: { en: 'An approximate location, such as a city or region.', zh: '城市、地区等粗略位置。' },
    group: 'location',
    // why: Annex A of GB/T 35273 lists coarse location as general PI; not a track by itself.
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000, // why: a single coarse position is not "whereabouts" (行踪轨迹)
    dpv: 'pd:Location', // also pd:Country
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'travel_itinerary',
    label: { en: 'Travel itinerary', zh: '行程信息' },
    description: {
      en: 'Planned or booked journeys: departure, destination, dates, flight or train numbers, accommodation.',
      zh: '计划或预订的出行：出发地、目的地、日期、航班车次、住宿等。',
    },
    group: 'location',
    // why: Table B.1 lists whereabouts and accommodation information (住宿信息).
    cn_sensitive: true,
    // why: not device-derived geolocation in the sense of § 1798.140(w).
    us_ca_sensitive: false,
    criminal_class: 50,
    dpv: 'pd:TravelHistory',
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'trip_record',
    label: { en: 'Whereabouts and trip record', zh: '行踪轨迹' },
    description: {
      en: 'Where a person actually went: routes, trajectories, times and stops.',
      zh: '个人实际到过的地点、路线、时间等行踪轨迹。',
    },
    group: 'location',
    cn_sensitive: true,
    // why: routes and stops are normally device-derived positions within 1,850 feet, i.e.
    // precise geolocation (§ 1798.140(ae)(1)(C), (w)).
    us_ca_sensitive: true,
    criminal_class: 50,
    dpv: 'pd:TravelHistory', // also pd:VehicleUsage
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'browsing_history',
    label: { en: 'Browsing history', zh: '网页浏览记录' },
    description: { en: 'Records of the web pages a person visited.', zh: '个人访问网页的记录。' },
    group: 'behaviour',
    cn_sensitive: true,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:BrowserHistory',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'search_history',
    label: { en: 'Search history', zh: '搜索记录' },
    description: { en: 'Queries a person entered into a search function.', zh: '个人在搜索功能中输入的搜索词及其记录。' },
    group: 'behaviour',
    // why: Table B.1 names web-browsing records only; search queries are not listed.
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:BrowsingBehaviour', // DPV has no search-term concept
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'app_usage',
    label: { en: 'App usage records', zh: '应用使用记录' },
    description: {
      en: 'Which apps or features a person uses, when and for how long.',
      zh: '使用了哪些应用或功能、使用时间和时长的记录。',
    },
    group: 'behaviour',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:ServiceConsumptionBehaviour', // also pd:DeviceApplications
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'purchase_history',
    label: { en: 'Purchase history', zh: '交易消费记录' },
    description: { en: 'Records of the goods and services a person bought.', zh: '个人购买商品和服务的交易和消费记录。' },
    group: 'behaviour',
    cn_sensitive: true, // Table B.1: transaction and consumption records (交易和消费记录)
    us_ca_sensitive: false,
    criminal_class: 500,
    dpv: 'pd:PurchasesAndSpendingHabit', // also pd:Purchase
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'payment_record',
    label: { en: 'Payment record', zh: '支付记录' },
    description: {
      en: 'The time, amount and channel of payments a person made or received.',
      zh: '支付时间、支付金额、支付渠道等支付信息。',
    },
    group: 'financial',
    cn_sensitive: true, // Table B.1: deposit information incl. payment and receipt records
    us_ca_sensitive: false,
    criminal_class: 500,
    dpv: 'pd:Transaction',
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'bank_account',
    label: { en: 'Bank account number', zh: '银行账户' },
    description: {
      en: 'A bank card or bank account number, including fund and payment accounts.',
      zh: '银行卡号或银行账户号码，包括资金账户和支付账户。',
    },
    group: 'financial',
    cn_sensitive: true,
    // why: § 1798.140(ae)(1)(B) covers a financial account number only "in combination with"
    // the code or credential giving access; that combination is flagged via payment_credentials.
    us_ca_sensitive: false,
    criminal_class: 50,
    dpv: 'pd:BankAccount',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'credit_card_number',
    label: { en: 'Credit card number', zh: '信用卡号码' },
    description: { en: 'The number of a credit or debit card.', zh: '信用卡或借记卡的卡号。' },
    group: 'financial',
    cn_sensitive: true,
    // why: as bank_account — sensitive under § 1798.140(ae)(1)(B) only with the security code.
    us_ca_sensitive: false,
    criminal_class: 50,
    dpv: 'pd:CreditCardNumber',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'payment_credentials',
    label: { en: 'Payment credentials', zh: '支付鉴别信息' },
    description: {
      en: 'Secrets that authorise a payment or account access: payment password, PIN, card security code, one-time codes.',
      zh: '支付密码、PIN 码、卡片安全码、动态验证码等支付鉴别信息。',
    },
    group: 'financial',
    cn_sensitive: true,
    us_ca_sensitive: true,
    // why: authentication data is not named in art. 5; some courts use the 500 class — policy
    // choice: 5,000 (cn-other.md §2).
    criminal_class: 5000,
    dpv: 'pd:PaymentCard', // with pd:PINCode (pd:Authenticating)
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'credit_record',
    label: { en: 'Credit record', zh: '征信信息' },
    description: {
      en: "A person's credit-reference data and loan history, such as a credit report.",
      zh: '个人的征信信息和信贷记录，如信用报告。',
    },
    group: 'financial',
    cn_sensitive: true,
    us_ca_sensitive: false,
    criminal_class: 50,
    dpv: 'pd:CreditRecord',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'income',
    label: { en: 'Income', zh: '收入信息' },
    description: { en: "A person's income, salary or deposit balances.", zh: '个人的收入、工资或存款余额等资金状况。' },
    group: 'financial',
    // why: Table B.1 lists deposit information (资金数量); income reveals the same property status.
    cn_sensitive: true,
    us_ca_sensitive: false,
    criminal_class: 50, // "property information" (财产信息) in the reference mapping
    dpv: 'pd:Income',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'property_info',
    label: { en: 'Property information', zh: '财产信息' },
    description: {
      en: 'Real estate, vehicles and other property a person owns, including virtual property.',
      zh: '个人拥有的房产、车辆等财产，包括虚拟财产。',
    },
    group: 'financial',
    cn_sensitive: true,
    us_ca_sensitive: false,
    criminal_class: 50,
    dpv: 'pd:Ownership', // also pd:HouseOwned, pd:CarOwned
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'face_image',
    label: { en: 'Face image', zh: '人脸图像' },
    description: {
      en: 'An image of a face captured to verify or recognise a person.',
      zh: '为验证或识别个人身份而采集的人脸图像。',
    },
    group: 'biometric',
    // why: the SPC face-recognition provisions (2021) art. 1 treat face information as biometric
    // information; this id is defined as images captured for recognition (photo otherwise).
    cn_sensitive: true,
    us_ca_sensitive: true, // § 1798.140(ae)(2): biometric information processed to identify
    criminal_class: 5000, // why: biometrics are not named in art. 5; practice varies (cn-other.md §2)
    dpv: 'pd:Picture', // pd:FacialPrint once used to recognise
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'facial_features',
    label: { en: 'Facial recognition features', zh: '面部识别特征' },
    description: {
      en: 'Facial recognition features or templates derived from a face image.',
      zh: '从人脸图像中提取的面部识别特征或模板。',
    },
    group: 'biometric',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000, // why: biometrics are not named in art. 5; practice varies (cn-other.md §2)
    dpv: 'pd:FacialPrint',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'fingerprint',
    label: { en: 'Fingerprint', zh: '指纹' },
    description: { en: 'Fingerprint images or templates.', zh: '指纹图像或指纹特征模板。' },
    group: 'biometric',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000, // why: biometrics are not named in art. 5; practice varies (cn-other.md §2)
    dpv: 'pd:Fingerprint',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'voiceprint',
    label: { en: 'Voiceprint', zh: '声纹' },
    description: { en: 'Voice features used to recognise a speaker.', zh: '用于识别说话人的声音特征。' },
    group: 'biometric',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000, // why: biometrics are not named in art. 5; practice varies (cn-other.md §2)
    dpv: 'pd:Biometric', // DPV has no voiceprint concept
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'iris',
    label: { en: 'Iris', zh: '虹膜' },
    description: { en: 'Iris images or templates.', zh: '虹膜图像或虹膜特征模板。' },
    group: 'biometric',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000, // why: biometrics are not named in art. 5; practice varies (cn-other.md §2)
    dpv: 'pd:Biometric', // DPV has only pd:Retina
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'genetic_data',
    label: { en: 'Genetic data', zh: '基因信息' },
    description: { en: 'Results of genetic tests or DNA sequences.', zh: '基因检测结果或 DNA 序列。' },
    group: 'biometric',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 500, // "health and physiological information" in the reference mapping
    dpv: 'pd:Genetic', // also pd:DNACode
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'health_record',
    label: { en: 'Health record', zh: '健康生理信息' },
    description: {
      en: 'Physical or mental health: conditions, symptoms, fertility, menstrual cycle, vital signs.',
      zh: '身心健康状况：病情、症状、生育、经期、体征等健康生理信息。',
    },
    group: 'health',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 500,
    dpv: 'pd:HealthRecord',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'medical_record',
    label: { en: 'Medical record', zh: '病历资料' },
    description: {
      en: 'Records of medical treatment: diagnoses, orders, test reports, prescriptions, surgery and hospital stays.',
      zh: '诊疗记录：诊断、医嘱、检验报告、处方、手术及住院记录等。',
    },
    group: 'health',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 500,
    dpv: 'pd:HealthRecord', // also pd:HealthHistory
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'religious_belief',
    label: { en: 'Religious belief', zh: '宗教信仰' },
    description: { en: "A person's religion or philosophical beliefs.", zh: '个人的宗教信仰或哲学信念。' },
    group: 'belief_identity',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000,
    dpv: 'pd:ReligiousBelief',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'political_opinion',
    label: { en: 'Political opinion', zh: '政治观点' },
    description: { en: "A person's political views or party affiliation.", zh: '个人的政治观点或党派归属。' },
    group: 'belief_identity',
    // why: named neither in PIPL art. 28 nor in Table B.1; the open art. 28 test may still catch
    // it in context.
    cn_sensitive: false,
    // why: § 1798.140(ae) names religious or philosophical beliefs, not political opinions.
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:PoliticalOpinion',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'sexual_orientation',
    label: { en: 'Sexual orientation', zh: '性取向' },
    description: { en: "A person's sexual orientation or sex life.", zh: '个人的性取向或性生活信息。' },
    group: 'belief_identity',
    cn_sensitive: true,
    us_ca_sensitive: true,
    criminal_class: 5000,
    dpv: 'pd:SexualPreference', // also pd:Sexual
    dpv_match: 'closest',
    added: '0.1.0',
  },
  {
    id: 'criminal_record',
    label: { en: 'Criminal record', zh: '违法犯罪记录' },
    description: {
      en: 'Records of offences, convictions and penalties concerning a person.',
      zh: '与个人有关的违法犯罪及处罚记录。',
    },
    group: 'belief_identity',
    cn_sensitive: true, // Table B.1: undisclosed criminal records (未公开的违法犯罪记录)
    us_ca_sensitive: false, // not listed in § 1798.140(ae)
    criminal_class: 5000,
    dpv: 'pd:CriminalConviction', // also pd:Criminal
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'union_membership',
    label: { en: 'Trade union membership', zh: '工会会员身份' },
    description: { en: 'Membership of a trade union.', zh: '是否为工会会员及所属工会。' },
    group: 'belief_identity',
    // why: not named in PIPL art. 28 or Table B.1 (a "specific identity" reading is possible).
    cn_sensitive: false,
    us_ca_sensitive: true,
    criminal_class: 5000,
    dpv: 'pd:TradeUnionMembership',
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'immigration_status',
    label: { en: 'Immigration status', zh: '移民及居留身份' },
    description: {
      en: "A person's visa, residence or immigration status, including citizenship status.",
      zh: '个人的签证、居留、移民身份及公民身份状况。',
    },
    group: 'belief_identity',
    // why: not named in PIPL art. 28 or Table B.1 (a "specific identity" reading is possible).
    cn_sensitive: false,
    // why: added to § 1798.140(ae) by AB 947 (2023); paragraph lettering unverified (us.md).
    us_ca_sensitive: true,
    criminal_class: 5000,
    dpv: 'pd:Citizenship', // DPV has no immigration concept
    dpv_match: 'broader',
    added: '0.1.0',
  },
  {
    id: 'education_record',
    label: { en: 'Education record', zh: '教育经历' },
    description: {
      en: 'Schools attended, degrees, grades and other education history.',
      zh: '就读学校、学历学位、成绩等教育经历。',
    },
    group: 'education_employment',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:EducationExperience', // also pd:Education
    dpv_match: 'exact',
    added: '0.1.0',
  },
  {
    id: 'employment_info',
    label: { en: 'Employment information', zh: '工作信息' },
    description: {
      en: 'Employer, job title, work history and other occupational information.',
      zh: '工作单位、职务、工作经历等职业信息。',
    },
    group: 'education_employment',
    cn_sensitive: false,
    us_ca_sensitive: false,
    criminal_class: 5000,
    dpv: 'pd:EmploymentHistory', // also pd:Professional
    dpv_match: 'exact',
    added: '0.1.0',
  },
] as const satisfies readonly TaxonomyEntry[];
