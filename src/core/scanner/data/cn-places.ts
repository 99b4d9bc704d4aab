// Provincial-level divisions and the larger cities, as written at the start of a Chinese postal
// address. Used to find where an address begins; the address detector works without them too.
const PROVINCES =
  '北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门';
const CITIES =
  '石家庄 唐山 秦皇岛 邯郸 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 呼和浩特 包头 沈阳 大连 鞍山 抚顺 锦州 长春 哈尔滨 齐齐哈尔 大庆 牡丹江 南京 无锡 徐州 常州 苏州 南通 ' +
  '连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 安庆 黄山 阜阳 福州 厦门 莆田 泉州 漳州 南昌 景德镇 ' +
  '九江 赣州 济南 青岛 淄博 枣庄 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 郑州 开封 洛阳 平顶山 安阳 新乡 焦作 许昌 南阳 商丘 信阳 周口 武汉 黄石 十堰 宜昌 襄阳 荆州 ' +
  '长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 东莞 中山 潮州 揭阳 南宁 柳州 桂林 北海 海口 三亚 成都 自贡 绵阳 乐山 ' +
  '南充 宜宾 贵阳 遵义 昆明 大理 丽江 拉萨 西安 宝鸡 咸阳 延安 兰州 西宁 银川 乌鲁木齐 喀什';

/** Province and city names, longest first so that a prefix search finds 内蒙古 before 内. */
export const CN_PLACE_NAMES: readonly string[] = Object.freeze(
  `${PROVINCES} ${CITIES}`
    .split(' ')
    .filter((name, index, all) => all.indexOf(name) === index)
    .sort((a, b) => b.length - a.length),
);

/** Province abbreviations on GA 36-2018 number plates. */
export const CN_PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
