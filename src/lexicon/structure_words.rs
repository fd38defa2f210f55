//! Words the structure stage reads: report kinds, section signals, region
//! suffixes, page furniture and a gazetteer of provinces
//! and prefecture-level cities.

use crate::model::{Kind, Level};

/// Title words naming the kind of document, checked in this order.
pub const KIND_WORDS: &[(&str, Kind)] = &[
    ("政府工作报告", Kind::WorkReport),
    ("统计公报", Kind::Bulletin),
    ("计划执行情况", Kind::PlanReport),
    ("规划执行情况", Kind::PlanReport),
    ("计划草案", Kind::PlanReport),
    ("计划的报告", Kind::PlanReport),
    ("预算执行情况", Kind::Other),
    // Any other 公报 (生态环境状况公报, 普查数据公报) reports a year's figures
    // as a statistical bulletin does.
    ("公报", Kind::Bulletin),
];

/// Words by which a text names what it is when its title is lost (注：本公报
/// 中部分数据为初步统计数): the kind, read anywhere in the body.
pub const SELF_REFERENCES: &[(&str, Kind)] = &[("本公报", Kind::Bulletin)];

/// How a report names the whole of its own region (全市上下, 全省): the
/// suffix of the unit it is about, when neither title nor head names it.
pub const WHOLE_REGION_WORDS: &[(&str, &str)] = &[
    ("全省", "省"),
    ("全市", "市"),
    ("全区", "区"),
    ("全县", "县"),
    ("全旗", "旗"),
];
/// A unit must be named this often in the body to be the report's own.
pub const MIN_OWN_REGION_MENTIONS: usize = 3;

/// Byline and credit words that mark a news article near its top.
pub const NEWS_MARKERS: &[&str] = &[
    "本报记者", "本报讯", "记者", "通讯员", "新华社", "供图", "核心提示", "编者按", "责任编辑",
];

/// The last words of an office signing a bulletin or a report in its head
/// (南京市统计局 / 国家统计局某某调查队 / 某某市人民政府): such a line is a byline,
/// not a title, and with a date line under it opens a report of its own in a
/// file that holds several.
pub const OFFICE_ENDS: &[&str] = &[
    "统计局", "调查队", "调查总队", "人民政府", "办公室", "办公厅", "委员会", "政府",
];

/// After a year at the start of a paragraph, what makes the paragraph the
/// lead of a year's report (2023年是…之年 / 2022年，全市…): a bulletin of a
/// compilation opens so.
pub const YEAR_LEAD_TAILS: &[char] = &['是', '，', ','];

/// In a plan report's title, the words that end the part naming the
/// reviewed period (the rest names the planned period).
pub const TITLE_REVIEW_ENDS: &[&str] = &["执行情况", "完成情况", "工作总结", "工作回顾"];

/// Heading words of a section that reviews results.
pub const REVIEW_HEADING_WORDS: &[&str] = &[
    "工作回顾", "执行情况", "完成情况", "主要进展", "进展情况", "过去一年", "过去五年", "五年来",
    "一年来", "主要成效", "主要成绩", "取得的成绩", "工作成效", "发展成就", "运行情况", "回顾",
];

/// Heading words of a section that sets targets or plans work.
pub const PLAN_HEADING_WORDS: &[&str] = &[
    "工作安排", "工作打算", "工作思路", "工作重点", "工作建议", "工作目标", "计划安排", "计划草案",
    "主要预期目标", "预期目标", "主要目标", "发展目标", "目标任务", "主要任务", "重点任务",
    "重点工作", "总体要求", "下一步", "下半年", "展望",
];

/// A paragraph opening with a time word and then one of these (within a few
/// chars) announces the plan part of a report: 下半年，我们将…
pub const PLAN_OPENING_VERBS: &[&str] = &["我们将", "我们要", "将", "要", "我们必须"];

/// Time words that may open such a paragraph.
pub const PLAN_OPENING_TIMES: &[&str] = &["下半年", "明年", "今年", "新的一年", "下一步", "下阶段"];

/// Line openings that address the audience (各位代表：) — never a title.
pub const SALUTATION_PREFIXES: &[&str] = &["各位", "尊敬的", "同志们"];

/// Words that make a plain short line a report line rather than a heading:
/// bylines, credits, offices.
pub const NOT_HEADING_WORDS: &[&str] = &[
    "记者", "摄", "供图", "整理", "局长", "市长", "区长", "县长", "省长", "主任", "委员会",
];

/// Admin-unit suffixes, longest first, with the level they give.
/// 市 gives City only for prefecture-level cities (see `PREFECTURE_CITIES`);
/// any other 市 is a county-level city.
pub const REGION_SUFFIXES: &[(&str, Level)] = &[
    ("特别行政区", Level::Province),
    ("自治区", Level::Province),
    ("自治州", Level::City),
    ("自治县", Level::County),
    ("自治旗", Level::County),
    ("省", Level::Province),
    ("市", Level::City),
    ("盟", Level::City),
    ("区", Level::District),
    ("县", Level::County),
    ("旗", Level::County),
];

/// Chars that end a region name on its left in a title or meeting line
/// (关于立山区…, 2023年鞍山市…, 在海州区第…). A news title dates itself by
/// month (1-11月我市外贸…, 前10月份全县…): 月 ends the name as 年 does.
pub const REGION_LEFT_ANCHORS: &[&str] = &["关于", "年", "月", "月份", "在", "对", "——", "—"];

/// First chars that make a `X区` / `X市` a generic word, not a place name
/// (全区, 我市, 本县, 各区…).
pub const GENERIC_REGION_HEADS: &[char] = &[
    '全', '我', '本', '该', '各', '每', '辖', '城', '市', '县', '省', '区', '两', '新', '老', '园',
    '景', '街', '社', '小', '片', '矿', '郊', '山', '地', '灾', '厂', '校', '库',
];

/// Generic three-char words ending in a region suffix, never a place name.
pub const GENERIC_REGION_WORDS: &[&str] = &[
    "开发区", "示范区", "试验区", "先行区", "功能区", "集聚区", "保护区", "风景区", "老城区",
    "商务区", "服务区", "核心区", "产业区", "工业区", "新城区", "居民区", "生活区", "棚户区",
    "旅游区", "度假区", "农业区", "贫困县", "示范县", "示范市", "先进市", "贸易区", "自贸区",
    "经济区", "合作区", "实验区", "科技城",
];

/// Generic two-char words ending in 区/县/市 that end many a phrase (老旧小区,
/// 产业园区) but never a place name's last char plus suffix.
pub const GENERIC_REGION_TAILS: &[&str] = &[
    "小区", "社区", "园区", "景区", "街区", "城区", "片区", "矿区", "辖区", "校区", "营区", "厂区",
    "湾区", "库区", "林区", "牧区", "垦区", "市区", "郊区", "灾区", "老区", "展区", "赛区", "专区",
    "分区", "误区", "盲区", "县区", "区区", "新区", "上市", "夜市", "超市", "城市", "强市", "闹市",
    "股市", "楼市", "菜市",
];

/// Words that open with a region suffix's char but are no suffix: the 市 of
/// 消费市场 or 股票市值 ends no place name.
pub const WORDS_AT_SUFFIX: &[&str] = &["市场", "市值", "市域", "区域", "区间", "县域", "省份"];

/// Provinces and autonomous regions: (name, full name).
pub const PROVINCES: &[(&str, &str)] = &[
    ("黑龙江", "黑龙江省"),
    ("内蒙古", "内蒙古自治区"),
    ("河北", "河北省"),
    ("山西", "山西省"),
    ("辽宁", "辽宁省"),
    ("吉林", "吉林省"),
    ("江苏", "江苏省"),
    ("浙江", "浙江省"),
    ("安徽", "安徽省"),
    ("福建", "福建省"),
    ("江西", "江西省"),
    ("山东", "山东省"),
    ("河南", "河南省"),
    ("湖北", "湖北省"),
    ("湖南", "湖南省"),
    ("广东", "广东省"),
    ("广西", "广西壮族自治区"),
    ("海南", "海南省"),
    ("四川", "四川省"),
    ("贵州", "贵州省"),
    ("云南", "云南省"),
    ("西藏", "西藏自治区"),
    ("陕西", "陕西省"),
    ("甘肃", "甘肃省"),
    ("青海", "青海省"),
    ("宁夏", "宁夏回族自治区"),
    ("新疆", "新疆维吾尔自治区"),
    ("台湾", "台湾省"),
];

/// Municipalities directly under the central government: province level.
pub const MUNICIPALITIES: &[&str] = &["北京", "天津", "上海", "重庆"];

/// Prefecture-level cities (without 市), by province.
pub const PREFECTURE_CITIES: &[&str] = &[
    // 河北
    "石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水",
    // 山西
    "太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁",
    // 内蒙古
    "呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布",
    // 辽宁
    "沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭",
    "朝阳", "葫芦岛", // 吉林
    "长春", "吉林", "四平", "辽源", "通化", "白山", "松原", "白城", // 黑龙江
    "哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江",
    "黑河", "绥化", // 江苏
    "南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江",
    "泰州", "宿迁", // 浙江
    "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水",
    // 安徽
    "合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳",
    "宿州", "六安", "亳州", "池州", "宣城", // 福建
    "福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德", // 江西
    "南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶",
    // 山东
    "济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂",
    "德州", "聊城", "滨州", "菏泽", // 河南
    "郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河",
    "三门峡", "南阳", "商丘", "信阳", "周口", "驻马店", // 湖北
    "武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州",
    // 湖南
    "长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州",
    "怀化", "娄底", // 广东
    "广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州",
    "汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮", // 广西
    "南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州",
    "河池", "来宾", "崇左", // 海南
    "海口", "三亚", "三沙", "儋州", // 四川
    "成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充",
    "眉山", "宜宾", "广安", "达州", "雅安", "巴中", "资阳", // 贵州
    "贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁", // 云南
    "昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧", // 西藏
    "拉萨", "日喀则", "昌都", "林芝", "山南", "那曲", // 陕西
    "西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛",
    // 甘肃
    "兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西",
    "陇南", // 青海
    "西宁", "海东", // 宁夏
    "银川", "石嘴山", "吴忠", "固原", "中卫", // 新疆
    "乌鲁木齐", "克拉玛依", "吐鲁番", "哈密",
];

/// Words naming the whole nation as the reporting region.
pub const NATION_MARKERS: &[&str] = &["国务院总理", "全国人民代表大会第"];

/// Masthead labels before a web page's publication date.
pub const PUBLISHED_LABELS: &[&str] = &[
    "发布时间", "发布日期", "发文日期", "发表时间", "更新时间", "日期",
];

/// How many lines of the input are read for a masthead.
pub const MASTHEAD_LINES: usize = 30;

/// Last words of a whole report title (…政府工作报告, …统计公报, …计划草案):
/// a title line that does not end so may go on in the next line.
pub const TITLE_ENDS: &[&str] = &["报告", "公报", "草案"];

/// The end of a subtitle line naming the session a report was given at
/// (——2023年12月27日在…人民代表大会第二次会议上).
pub const SESSION_LINE_END: &str = "会议上";

/// After a region suffix in a title, the words that make it the region's
/// government (2024年区政府工作报告, 县人民政府): the suffix is the region.
pub const GOVERNMENT_WORDS: &[&str] = &["政府", "人民政府"];
