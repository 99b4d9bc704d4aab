// About 480 single-character surnames (the 2020 household-register frequency list and the
// Hundred Family Surnames) and the compound surnames still in use. Many are also common words
// (文, 高, 方, 和, 时), so the name detector needs a cue or a name column besides a surname.
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤洪赖' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝萧丘' +
  '官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
  '钮钭蔚弓牧隗山宓蓬郗仰秋暴韶蓟怀从鄂咸籍能苍双莘贡逄扶堵宰郦却璩濮寿通郏别充习宦鱼慎庾终暨步弘禄东殳沃越夔厍融訾空毋乜养须巢蒯后红竺益桓苻晨闾宋郇黑来琴靖冼揭佴桑' +
  '樊邴凤酆雷贲井经池乌焦巴弓钟隆戴伏符贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄麴家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫';
const COMPOUND =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫 西门 百里 呼延 赫连 澹台 濮阳 太史 申屠 闻人 钟离 万俟 单于 公羊 公冶 宗政 仲孙 淳于 ' +
  '太叔 东郭 拓跋 左丘 第五 梁丘 司空 亓官 司寇 鲜于 闾丘 东门 羊舌 微生 乐正 漆雕 壤驷 公良 谷梁 段干 巫马 公西 子车 颛孙 完颜 爱新';

/** Single-character surnames, deduplicated. */
export const CN_SINGLE_SURNAMES: string = [...new Set(SINGLE)].join('');

/** Compound (two-character) surnames. */
export const CN_COMPOUND_SURNAMES: readonly string[] = Object.freeze(COMPOUND.split(' '));
