import { PisaError } from '../errors/pisa-error.js';
import type { TaxonomyId } from '../taxonomy/taxonomy.js';
import type { AppType } from './types.js';

const ID_DOCUMENT_NOTE = {
  en: '"ID document" in the provisions: any one of the listed document ids satisfies it.',
  zh: '规定中的“证件类型和号码”：所列证件任选其一即可。',
} as const;

/**
 * The 39 app types of the CAC 2021 necessary-PI provisions, art. 5 items (1)-(39), with the
 * necessary PI of each basic function service mapped to taxonomy ids (the mapping is PISA's,
 * after law/cn-app-rules.md). Ids are a public contract. Where the provisions say "ID document",
 * every alternative document id is listed, since any of them is necessary.
 */
export const APP_TYPES = [
  {
    id: 'map_navigation',
    item: 1,
    label: { en: 'Map and navigation', zh: '地图导航类' },
    basic_function: { en: 'Positioning and navigation', zh: '定位和导航' },
    necessary: ['precise_location', 'coarse_location', 'travel_itinerary'],
  },
  {
    id: 'ride_hailing',
    item: 2,
    label: { en: 'Ride hailing', zh: '网络约车类' },
    basic_function: {
      en: 'Online-booked taxi service and street-hail taxi dispatch',
      zh: '网络预约出租汽车服务、巡游出租汽车电召服务',
    },
    necessary: ['mobile_phone', 'precise_location', 'travel_itinerary', 'trip_record', 'payment_record'],
  },
  {
    id: 'instant_messaging',
    item: 3,
    label: { en: 'Instant messaging', zh: '即时通信类' },
    basic_function: {
      en: 'Text, image, voice and video instant messaging',
      zh: '提供文字、图片、语音、视频等网络即时通信服务',
    },
    necessary: ['mobile_phone', 'account_id', 'contacts_list'],
  },
  {
    id: 'online_community',
    item: 4,
    label: { en: 'Online community', zh: '网络社区类' },
    basic_function: {
      en: 'Topic discussion, information sharing and following in blogs, forums and communities',
      zh: '博客、论坛、社区等话题讨论、信息分享和关注互动',
    },
    necessary: ['mobile_phone'],
  },
  {
    id: 'online_payment',
    item: 5,
    label: { en: 'Online payment', zh: '网络支付类' },
    basic_function: { en: 'Online payment, withdrawal and transfer', zh: '网络支付、提现、转账等功能' },
    necessary: ['mobile_phone', 'person_name', 'resident_id_number', 'passport_number', 'other_government_id', 'bank_account'],
    note: ID_DOCUMENT_NOTE,
  },
  {
    id: 'online_shopping',
    item: 6,
    label: { en: 'Online shopping', zh: '网上购物类' },
    basic_function: { en: 'Buying goods', zh: '购买商品' },
    necessary: ['mobile_phone', 'person_name', 'shipping_address', 'payment_record'],
  },
  {
    id: 'food_delivery',
    item: 7,
    label: { en: 'Food delivery', zh: '餐饮外卖类' },
    basic_function: { en: 'Buying and delivering food', zh: '餐饮购买及外送' },
    necessary: ['mobile_phone', 'person_name', 'shipping_address', 'payment_record'],
  },
  {
    id: 'postal_express',
    item: 8,
    label: { en: 'Postal and express delivery', zh: '邮件快件寄递类' },
    basic_function: {
      en: 'Delivery of letters, parcels, printed matter and other items',
      zh: '信件、包裹、印刷品等物品寄递服务',
    },
    necessary: ['person_name', 'resident_id_number', 'other_government_id', 'postal_address', 'shipping_address', 'mobile_phone'],
    note: ID_DOCUMENT_NOTE,
  },
  {
    id: 'transport_ticketing',
    item: 9,
    label: { en: 'Transport ticketing', zh: '交通票务类' },
    basic_function: {
      en: 'Transport tickets and trip management (buying, changing, refunding, managing trips)',
      zh: '交通相关的票务服务及行程管理（如票务购买、改签、退票、行程管理等）',
    },
    necessary: [
      'mobile_phone',
      'person_name',
      'resident_id_number',
      'passport_number',
      'other_government_id',
      'age',
      'travel_itinerary',
      'license_plate',
      'payment_record',
    ],
    note: {
      en: 'ID document: any one of the listed document ids. age = passenger type (child, adult, student); license_plate only for ETC service.',
      zh: '证件类型和号码：所列证件任选其一。age 指旅客类型（儿童、成人、学生等）；license_plate 仅用于 ETC 服务。',
    },
  },
  {
    id: 'dating_matchmaking',
    item: 10,
    label: { en: 'Dating and matchmaking', zh: '婚恋相亲类' },
    basic_function: { en: 'Dating and matchmaking', zh: '婚恋相亲' },
    necessary: ['mobile_phone', 'gender', 'age', 'marital_status'],
  },
  {
    id: 'job_recruitment',
    item: 11,
    label: { en: 'Job seeking and recruitment', zh: '求职招聘类' },
    basic_function: { en: 'Exchange of job-seeking and recruitment information', zh: '求职招聘信息交换' },
    necessary: ['mobile_phone', 'person_name', 'email', 'education_record', 'employment_info'],
    note: {
      en: 'The provisions name the phone number and "the résumé the job seeker provides"; the résumé is read as name, e-mail, education and employment.',
      zh: '规定列明注册用户手机号码和“求职者提供的简历”；简历按姓名、电子邮件、教育经历和工作信息理解。',
    },
  },
  {
    id: 'online_lending',
    item: 12,
    label: { en: 'Online lending', zh: '网络借贷类' },
    basic_function: {
      en: 'Personal loan applications through internet platforms for consumption or business turnover',
      zh: '通过互联网平台实现的用于消费、日常生产经营周转等的个人申贷服务',
    },
    necessary: ['mobile_phone', 'person_name', 'resident_id_number', 'other_government_id', 'bank_account'],
    note: ID_DOCUMENT_NOTE,
  },
  {
    id: 'housing_rental_sales',
    item: 13,
    label: { en: 'Housing rental and sales', zh: '房屋租售类' },
    basic_function: {
      en: 'Publishing individual property listings, renting or selling homes',
      zh: '个人房源信息发布、房屋出租或买卖',
    },
    necessary: ['mobile_phone', 'property_info'],
  },
  {
    id: 'used_car_trading',
    item: 14,
    label: { en: 'Used-car trading', zh: '二手车交易类' },
    basic_function: { en: 'Exchange of used-car trading information', zh: '二手车买卖信息服务' },
    necessary: ['mobile_phone', 'person_name', 'resident_id_number', 'other_government_id', 'property_info'],
    note: ID_DOCUMENT_NOTE,
  },
  {
    id: 'medical_consultation',
    item: 15,
    label: { en: 'Medical consultation and appointments', zh: '问诊挂号类' },
    basic_function: { en: 'Online consultation and appointment registration', zh: '在线咨询问诊、预约挂号' },
    necessary: ['mobile_phone', 'person_name', 'resident_id_number', 'other_government_id', 'health_record'],
    note: ID_DOCUMENT_NOTE,
  },
  {
    id: 'travel_services',
    item: 16,
    label: { en: 'Travel services', zh: '旅游服务类' },
    basic_function: { en: 'Publishing and booking travel products', zh: '旅游服务产品信息的发布与订购' },
    necessary: ['mobile_phone', 'travel_itinerary', 'person_name', 'resident_id_number', 'passport_number'],
    note: ID_DOCUMENT_NOTE,
  },
  {
    id: 'hotel_booking',
    item: 17,
    label: { en: 'Hotel booking', zh: '酒店服务类' },
    basic_function: { en: 'Hotel reservation', zh: '酒店预订' },
    necessary: ['mobile_phone', 'person_name', 'travel_itinerary'],
  },
  {
    id: 'online_games',
    item: 18,
    label: { en: 'Online games', zh: '网络游戏类' },
    basic_function: { en: 'Online game products and services', zh: '提供网络游戏产品和服务' },
    necessary: ['mobile_phone'],
  },
  {
    id: 'learning_education',
    item: 19,
    label: { en: 'Learning and education', zh: '学习教育类' },
    basic_function: { en: 'Online tutoring, online classes and similar', zh: '在线辅导、网络课堂等' },
    necessary: ['mobile_phone'],
  },
  {
    id: 'local_life_services',
    item: 20,
    label: { en: 'Local life services', zh: '本地生活类' },
    basic_function: {
      en: 'Housekeeping and repairs, home decoration, second-hand goods trading and other daily services',
      zh: '家政维修、家居装修、二手闲置物品交易等日常生活服务',
    },
    necessary: ['mobile_phone'],
  },
  {
    id: 'womens_health',
    item: 21,
    label: { en: "Women's health", zh: '女性健康类' },
    basic_function: {
      en: 'Period management, pregnancy preparation and parenting, beauty and body care',
      zh: '女性经期管理、备孕育儿、美容美体等健康管理服务',
    },
    necessary: [],
  },
  {
    id: 'vehicle_services',
    item: 22,
    label: { en: 'Vehicle services', zh: '用车服务类' },
    basic_function: { en: 'Shared bikes, shared cars and car rental', zh: '共享单车、共享汽车、租赁汽车等服务' },
    necessary: ['mobile_phone', 'resident_id_number', 'other_government_id', 'driver_license_number', 'payment_record', 'precise_location'],
    note: {
      en: 'ID document and driving licence for shared and rental cars; location for shared bikes and time-share cars; any one of the listed document ids.',
      zh: '共享汽车、租赁汽车需证件类型和号码及驾驶证信息；共享单车、分时租赁汽车需位置信息；证件任选其一。',
    },
  },
  {
    id: 'investment_wealth',
    item: 23,
    label: { en: 'Investment and wealth management', zh: '投资理财类' },
    basic_function: {
      en: 'Stocks, futures, funds, bonds and other investment services',
      zh: '股票、期货、基金、债券等相关投资理财服务',
    },
    necessary: ['mobile_phone', 'person_name', 'resident_id_number', 'other_government_id', 'photo', 'bank_account'],
    note: {
      en: 'ID document: any one of the listed document ids; photo = the image of the ID document.',
      zh: '证件类型和号码：所列证件任选其一；photo 指证件影印件。',
    },
  },
  {
    id: 'mobile_banking',
    item: 24,
    label: { en: 'Mobile banking', zh: '手机银行类' },
    basic_function: {
      en: 'Bank account management, enquiries and transfers on mobile devices',
      zh: '通过手机等移动智能终端设备进行银行账户管理、信息查询、转账汇款等服务',
    },
    necessary: ['mobile_phone', 'person_name', 'resident_id_number', 'other_government_id', 'photo', 'bank_account'],
    note: {
      en: 'ID document: any one of the listed document ids; photo = the image of the ID document.',
      zh: '证件类型和号码：所列证件任选其一；photo 指证件影印件。',
    },
  },
  {
    id: 'email_cloud_storage',
    item: 25,
    label: { en: 'E-mail and cloud storage', zh: '邮箱云盘类' },
    basic_function: { en: 'E-mail, cloud drive and similar', zh: '邮箱、云盘等' },
    necessary: ['mobile_phone'],
  },
  {
    id: 'remote_meeting',
    item: 26,
    label: { en: 'Remote meetings', zh: '远程会议类' },
    basic_function: { en: 'Audio or video conferences over the network', zh: '通过网络提供音频或视频会议' },
    necessary: ['mobile_phone'],
  },
  {
    id: 'live_streaming',
    item: 27,
    label: { en: 'Live streaming', zh: '网络直播类' },
    basic_function: {
      en: 'Continuous real-time video, audio and image-text viewing for the public',
      zh: '向公众持续提供实时视频、音频、图文等形式信息浏览服务',
    },
    necessary: [],
  },
  {
    id: 'online_audio_video',
    item: 28,
    label: { en: 'Online audio and video', zh: '在线影音类' },
    basic_function: { en: 'Searching and playing films, TV and music', zh: '影视、音乐搜索和播放' },
    necessary: [],
  },
  {
    id: 'short_video',
    item: 29,
    label: { en: 'Short video', zh: '短视频类' },
    basic_function: { en: 'Searching and playing videos up to a certain length', zh: '不超过一定时长的视频搜索、播放' },
    necessary: [],
  },
  {
    id: 'news_information',
    item: 30,
    label: { en: 'News and information', zh: '新闻资讯类' },
    basic_function: { en: 'Browsing and searching news', zh: '新闻资讯的浏览、搜索' },
    necessary: [],
  },
  {
    id: 'sports_fitness',
    item: 31,
    label: { en: 'Sports and fitness', zh: '运动健身类' },
    basic_function: { en: 'Exercise and fitness training', zh: '运动健身训练' },
    necessary: [],
  },
  {
    id: 'browser',
    item: 32,
    label: { en: 'Browser', zh: '浏览器类' },
    basic_function: { en: 'Browsing internet resources', zh: '浏览互联网信息资源' },
    necessary: [],
  },
  {
    id: 'input_method',
    item: 33,
    label: { en: 'Input method', zh: '输入法类' },
    basic_function: { en: 'Entering text and symbols', zh: '文字、符号等输入' },
    necessary: [],
  },
  {
    id: 'security_management',
    item: 34,
    label: { en: 'Security management', zh: '安全管理类' },
    basic_function: {
      en: 'Virus scanning, removing malicious plug-ins and patching vulnerabilities',
      zh: '查杀病毒、清理恶意插件、修复漏洞等',
    },
    necessary: [],
  },
  {
    id: 'e_books',
    item: 35,
    label: { en: 'E-books', zh: '电子图书类' },
    basic_function: { en: 'Searching and reading e-books', zh: '电子图书搜索、阅读' },
    necessary: [],
  },
  {
    id: 'photo_beautification',
    item: 36,
    label: { en: 'Photo taking and beautification', zh: '拍摄美化类' },
    basic_function: { en: 'Taking photos, beautifying and filters', zh: '拍摄、美颜、滤镜等' },
    necessary: [],
  },
  {
    id: 'app_store',
    item: 37,
    label: { en: 'App store', zh: '应用商店类' },
    basic_function: { en: 'Searching and downloading apps', zh: 'App 搜索、下载' },
    necessary: [],
  },
  {
    id: 'utility_tools',
    item: 38,
    label: { en: 'Utility tools', zh: '实用工具类' },
    // The wording of this item's basic function is unverified (law/cn-app-rules.md); its
    // "no PI needed" status is confirmed.
    basic_function: {
      en: 'Everyday tools such as calendar, weather, dictionary and translation, calculator, remote control, torch, compass, clock and alarm, file transfer and management, wallpapers and ringtones, screenshots and screen recording, audio recording, document editing, smart-home assistant, horoscope tests',
      zh: '日历、天气、词典翻译、计算器、遥控器、手电筒、指南针、时钟闹钟、文件传输、文件管理、壁纸铃声、截图录屏、录音、文档处理、智能家居助手、星座性格测试等',
    },
    necessary: [],
  },
  {
    id: 'performance_ticketing',
    item: 39,
    label: { en: 'Performance ticketing', zh: '演出票务类' },
    basic_function: { en: 'Buying tickets for performances', zh: '演出购票' },
    necessary: ['mobile_phone', 'payment_record'],
  },
] as const satisfies readonly AppType[];

/** An app-type id of the CAC 2021 provisions, e.g. `'online_shopping'`. */
export type AppTypeId = (typeof APP_TYPES)[number]['id'];

/** All ids in item order. */
export const APP_TYPE_IDS: readonly AppTypeId[] = Object.freeze(APP_TYPES.map((type) => type.id));

const BY_ID: ReadonlyMap<string, (typeof APP_TYPES)[number]> = new Map(APP_TYPES.map((type) => [type.id, type]));

// Typed as TaxonomyId so that a misspelt necessary id fails to compile.
const NECESSARY: ReadonlyMap<string, ReadonlySet<TaxonomyId>> = new Map(APP_TYPES.map((type) => [type.id, new Set<TaxonomyId>(type.necessary)]));

export function isAppTypeId(x: string): x is AppTypeId {
  return BY_ID.has(x);
}

/** The app type of a known id. */
export function getAppType<I extends AppTypeId>(id: I): Extract<(typeof APP_TYPES)[number], { readonly id: I }> {
  // The map is built from APP_TYPES, so every AppTypeId is present.
  return BY_ID.get(id) as Extract<(typeof APP_TYPES)[number], { readonly id: I }>;
}

/**
 * Taxonomy ids necessary for the basic function of an app type (CAC 2021 provisions art. 5);
 * everything else is non-necessary (art. 4). Throws APP_TYPE_UNKNOWN for an unknown id:
 * there is no safe default, since an empty set would mark every category as excessive.
 * @example necessaryPiOf('online_shopping').has('shipping_address') // true
 */
export function necessaryPiOf(id: string): ReadonlySet<string> {
  const necessary = NECESSARY.get(id);
  if (necessary === undefined) throw new PisaError('APP_TYPE_UNKNOWN', { value: id, suggestion: '' });
  return necessary;
}
