//! Function words the facts stage reads: change verbs, level verbs, hedges,
//! status markers, qualifiers, and the words stripped from a subject.

use super::packed::Words;

use crate::model::Qualifier;

/// Verbs that make the number after them a change, with its sign.
/// Longest first where one is a prefix of another.
pub const CHANGE_UP: Words = crate::words![
    // 微增, 微涨: a slight rise is still a rise (居民消费价格微涨0.2%).
    "微增", "微涨", "微升", "增长", "增加", "提高", "上升", "提升", "上涨", "攀升", "增收", "增产",
    "扩大", "增", "涨", "升",
];

/// 同比多增30亿元, 比上年少增2万人: how much more (or less) was added than a
/// year before, a change of the addition, not of the subject: no row.
pub const FLOW_COMPARISONS: Words = crate::words!["多增", "少增", "多减", "少减"];
pub const CHANGE_DOWN: Words = crate::words![
    "微降", "微跌", "下跌", "下降", "减少", "降低", "压减", "回落", "下滑", "缩减", "压缩", "减产",
    "减收", "减", "降",
];

/// Change verbs that say the output changed (粮食增产12.5亿斤): the subject
/// is the output of what is named before them (粮食 + 产量), unless it names
/// an output already (总产量, 产值).
pub const OUTPUT_VERBS: Words = crate::words!["增产", "减产"];
pub const OUTPUT_NOUN: &str = "产量";
pub const OUTPUT_NOUNS: Words = crate::words!["产量", "总产", "产值", "产能"];

/// Verbs of getting better: a change whose sign depends on the subject
/// (PM2.5浓度改善16% is a fall of the concentration, see
/// [`super::direction::LOWER_IS_BETTER`]).
pub const IMPROVE_VERBS: Words = crate::words!["改善"];

/// Nouns naming a growth rate: the number after them is a change. 实际增速
/// (at constant prices) is the growth a round-up gives after a city's GDP;
/// 名义增速 (at current prices) is another measure and not listed.
pub const RATE_NOUNS: Words = crate::words![
    "增长率", "增速", "增幅", "涨幅", "降幅", "增长幅度", "实际增速",
];

/// Verbs that state a growth-rate noun's number as a level (增速达到10.5%,
/// 涨幅控制在3%左右): the number stays a change.
pub const RATE_HELD_AT: Words = crate::words![
    "达到", "达", "为", "是", "控制在", "保持在", "稳定在", "维持在", "提高到", "提升到", "回升至",
    "回升到",
];

/// A number in 个百分点 is always a difference of two rates, so a change,
/// even after a comparison with another place or a benchmark (高于全国平均
///水平1.2个百分点). After one of these it is a negative one (低于全国0.5个
/// 百分点: the subject's rate is the lower).
pub const POINTS_UNIT: &str = "百分点";
pub const COMPARE_BELOW: Words = crate::words!["低于", "慢于", "少于", "落后"];

/// Down verbs that, written before their object and its number, state a cut
/// of that object (压减煤炭消费量30万吨, 减少租赁费0.5亿元): a negative
/// change of the object, not a level.
pub const CUT_VERBS: Words = crate::words!["压减", "减少", "降低", "削减"];

/// Words between a change verb and its number that keep it a change.
pub const CHANGE_FILLERS: Words =
    crate::words!["了", "分别", "平均", "均", "约", "近", "超过", "超", "达", "为",];

/// A change verb followed by one of these gives a level, not a change:
/// 提升到25%, 降至5%.
pub const TO_LEVEL: Words = crate::words!["到", "至", "为"];

/// Words that, written between a subject and its number, are not part of the
/// subject (stripped from its end).
pub const LEVEL_VERBS: Words = crate::words![
    "完成", "达到", "实现", "突破", "超过", "跨越", "累计", "总计", "合计", "共计", "共", "达",
    "为", "是", "迈上", "保持", "稳定在", "控制在", "保持在", "维持在", "提升到", "提高到", "增至",
    "增加到", "降至", "降到", "下降到", "发展到", "增长到", "上升到", "升至", "缩短至", "缩短到",
    "预计", "力争", "争取", "确保", "有望", "可望", "约", "近", "超", "逾", "高于", "低于", "均",
    "都", "分别", "各", "已", "已经", "将", "全年", "同比", "比上年", "较上年", "比去年", "较去年",
    // 比上年末 in …减少26万人: the baseline of an absolute change, not the subject.
    "比上年末", "较上年末", "比年初", "较年初", "比上年同期", "较上年同期", "平均", "年均",
    "累计完成", "在", "到", "至", "占", "共有", "拥有", "有", "新增到", "从", "由", "是", "相当于",
    // 折286亿美元, 折合, 约合: the same figure in another unit, of the
    // subject before; 按增长5%安排: 按 introduces the planned figure.
    "折", "折合", "约合", "按",
    // 由48户整合至15户: a count reorganised into another is the same
    // subject's later level.
    "整合至", "整合为", "合并为", "精简为", "撤并为", "压缩至",
];

/// Words stripped from the start of a subject: time, region, hedges, links.
pub const SUBJECT_PREFIXES: Words = crate::words![
    "预计全年", "预计", "每年", "年年", "力争", "争取", "确保", "计划", "目标", "全年", "年内",
    "今年", "去年", "上年", "上半年", "下半年", "前三季度", "一季度", "全市", "全区", "全县",
    "全省", "全旗", "全镇", "全州", "全盟", "全乡", "我市", "我区", "我县", "我省", "我州", "我盟",
    "我旗", "本市", "本区", "本县", "本省", "其中", "此外", "同时", "另外", "并", "且", "和", "及",
    "以及", "全国共有", "共有", "拥有", "现有", "共", "累计", "年末", "年初", "年底", "期末",
    "比上年末", "比上年", "比年初", "较上年末", "较上年", "较年初", "比去年", "较去年",
    "比上年同期", "较上年同期", "其", "努力", "积极", "持续", "进一步", "加快", "推动", "推进",
    "有序", "已", "截至目前", "截至年底", "目前", "当前", "年底前", "到年底", "同比", "共计",
    "总计", "实现", "签订", "据统计", "初步核算", "二季度", "三季度", "四季度", "第一季度",
    "第二季度", "第三季度", "第四季度", "前两季度",
    // How a figure is computed or under what condition, not what it measures
    // (扣除价格因素实际增长4.8%, 正常年景下粮食产量).
    "扣除价格因素", "剔除价格因素", "按可比价格计算", "按可比价计算", "按不变价格计算",
    "按不变价计算", "正常年景下",
    // On a comparable basis (同口径增长0.1%): how the change is counted.
    "按同口径", "同口径", "可比口径",
];

/// Words that begin with a subject prefix of one char and are no prefix
/// (其他企业 is not 他企业 of 其, 共享单车 not 享单车 of 共).
pub const SUBJECT_PREFIX_FALSE_STARTS: Words =
    crate::words!["其他", "其余", "其它", "共享", "并购"];

/// Words that make a result an expected outcome of a period not yet closed.
pub const ESTIMATE_MARKERS: Words = crate::words!["预计"];

/// Words that introduce the year a number is compared with or starts from
/// (比2020年, 较上年, 从2020年的): cut from the subject with that year.
pub const BEFORE_A_YEAR: &[char] = &['比', '较', '从', '是'];

/// Average annual growth: a change over a span, kept apart from the level.
pub const AVERAGE_ANNUAL: &str = "年均";

/// Qualifiers written before a number, longest first.
pub const QUALIFIERS_BEFORE: &[(&str, Qualifier)] = &[
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("不超过", Qualifier::AtMost),
    ("不高于", Qualifier::AtMost),
    ("超过", Qualifier::AtLeast),
    ("突破", Qualifier::AtLeast),
    ("跨越", Qualifier::AtLeast),
    // 迈上1000亿斤新台阶: a milestone passed.
    ("迈上", Qualifier::AtLeast),
    ("高于", Qualifier::AtLeast),
    ("大约", Qualifier::Approx),
    // 面积约为X亩: 为 only links the figure; the hedge is 约.
    ("约为", Qualifier::Approx),
    ("接近", Qualifier::Approx),
    ("将近", Qualifier::Approx),
    ("约", Qualifier::Approx),
    ("近", Qualifier::Approx),
    ("超", Qualifier::AtLeast),
    ("逾", Qualifier::AtLeast),
];

/// Qualifiers written after a number and its unit, longest first.
pub const QUALIFIERS_AFTER: &[(&str, Qualifier)] = &[
    ("以上", Qualifier::AtLeast),
    ("以内", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
    ("左右", Qualifier::Approx),
];

/// Qualifiers written between a number and its unit (50余人, 3万余户).
pub const QUALIFIERS_INSIDE: &[(&str, Qualifier)] =
    &[("余", Qualifier::AtLeast), ("多", Qualifier::AtLeast)];

/// Words before a number that make it an ordinal or a name, not a quantity.
pub const ORDINAL_BEFORE: Words = crate::words![
    "第", "排名", "前", "年产", "年产量", "年产能", "年处理", "年处理能力", "年加工", "年生产",
    "日处理", "日处理能力", "设计产能", "号",
];

/// Nouns after a count that make it a count of the report's own parts
/// (以下5个方面), not a measured fact.
pub const STRUCTURE_NOUNS: Words = crate::words!["方面", "部分", "阶段", "层面"];

/// Subjects that name no indicator on their own (总量 in 总量达到35.8万户):
/// the subject is taken from the clause before.
pub const GENERIC_SUBJECTS: Words = crate::words![
    "总量", "总数", "总额", "总计", "合计", "规模", "数量", "总规模", "面积", "总面积", "金额",
    "总金额", "产值", "总产值",
];

/// What a thing named just before has (粮食播种面积…；总产量…; 签订技术
/// 合同300项，成交额…): alone, the subject is the attribute of the thing a
/// fact before it in the sentence is about.
pub const ATTRIBUTE_SUBJECTS: Words = crate::words![
    "总产量", "产量", "成交额", "成交金额", "优良率", "营业收入", "主营业务收入", "销售收入",
    "利润总额", "营业利润", "从业人员", "床位", "床位数", "职工", "人员", "工作人员",
];

/// A subject's own attribute, left out of the thing a bare attribute after
/// it is of (粮食播种面积 → 粮食); a subject that is only one (从业人员) names
/// no thing.
pub const OWN_ATTRIBUTES: Words = crate::words![
    "播种面积", "种植面积", "优良天数", "主营业务收入", "营业收入", "销售收入", "利润总额",
    "营业利润", "从业人员", "总产量", "产量", "成交额", "成交金额", "面积", "床位", "床位数",
    "职工", "人员", "工作人员",
];

/// Heads of the topic a sentence opens with (纺织产业稳步…。产值突破80亿元;
/// 经营主体稳中向好。总量达50万户): the sentences after it that name no
/// subject of their own (产值, 总量, 新登记) are about it.
pub const TOPIC_HEADS: Words = crate::words!["产业", "主体", "行业", "集群"];

/// 占 alone before a percentage, its subject left empty (812万张（占78.8%）):
/// the share of the level before, named with 占比.
pub const SHARE_WORD: &str = "占";
pub const SHARE_NAME: &str = "占比";

/// A share whose subject starts with one of these is a share of the fact
/// before it: 清收挽损4302万元，占全市总量35% → 清收挽损占全市总量.
pub const SHARE_LEADS: Words = crate::words![
    "占", "完成年计划", "完成全年计划", "完成年度计划", "完成全年任务", "完成年度任务",
    "完成目标任务",
];

/// Adverbs between a subject and its verb (进口逆势回升12.3%): cut from the
/// subject's end.
pub const ADVERBS: Words = crate::words![
    "逆势", "持续", "稳步", "大幅", "显著", "快速", "明显", "进一步", "再", "又", "也", "还",
    "继续", "较快", "平稳", "稳定", "首次", "累计", "同比", "环比", "连续",
    // 小幅增长, 略有下降: how much, said in words, not what is measured.
    "小幅", "略有", "微幅",
    // 止跌回升, 企稳回升: the turn of a fall, not part of what is measured.
    "止跌", "企稳",
    // 名义增长 and 实际增长 (after price changes) are both the subject's growth.
    "名义", "实际", "同口径",
];

/// 连续9年: a run of years written between a subject and its number; it
/// dates the figure and is cut from the subject with its count.
pub const RUN_OF_YEARS: (&str, char) = ("连续", '年');

/// A single-char unit followed by one of these chars is the start of a
/// word, not a unit (2024项目攻坚年, 5人员): the number is not a quantity.
pub const UNIT_WORD_CLASHES: Words = crate::words![
    "项目", "人员", "人口", "人才", "人民", "家庭", "家园", "户籍", "条件", "条例", "场所", "场景",
    "次数", "种植", "种类", "支持", "支付", "起步", "批准", "批发", "道路", "期间", "件事", "台账",
    "所有",
];

/// Words that open a sentence on the event the sentence before told of
/// (…召开推介会。会上签约…): see `facts::rules::event_period`.
pub const EVENT_BACK_WORDS: Words =
    crate::words!["会上", "会议期间", "活动期间", "展会期间", "会后", "期间"];

/// Quote marks, which wrap names (“五经普”) and are read past.
pub const QUOTE_MARKS: &[char] = &['“', '”', '"', '「', '」', '‘', '’', '\''];

/// Chars that end a word and never open a head noun: after a cut there, the
/// cut fell inside a word (工业和服务|业增加值).
pub const WORD_END_CHARS: &[char] = &['业', '类', '品', '型', '性', '化', '员', '者'];

/// Words that end the names of measures: a head shared by listed modifiers
/// is never cut out of one (营收和户均增|加值 is no list of modifiers).
pub const MEASURE_WORDS: Words = crate::words![
    "增加值", "总产值", "产值", "总值", "总额", "总量", "产量", "收入", "支出", "余额",
];

/// Compact pairs: one word naming two subjects when two values come 分别
/// (城乡居民人均可支配收入, 存贷款余额): the word and its two members, in the
/// order the values follow.
pub const COMPACT_PAIRS: &[(&str, &str, &str)] =
    &[("城乡", "城镇", "农村"), ("存贷款", "存款", "贷款")];

/// Words that state a change of a whole multiple without a digit.
pub const DOUBLING: &[(&str, f64)] = &[
    ("增长一倍", 1.0),
    ("翻一番", 1.0),
    ("翻两番", 3.0),
    // 翻n番 doubles n times: 2^n − 1 times more.
    ("翻三番", 7.0),
    ("翻了一番", 1.0),
    ("翻了两番", 3.0),
    ("翻了三番", 7.0),
    ("翻番", 1.0),
    ("倍增", 1.0),
];

/// A doubling word followed by one of these names a programme, not a
/// change (倍增工程, 倍增计划, 倍增行动).
pub const DOUBLING_NAMES: Words = crate::words!["工程", "计划", "行动", "试点", "专项"];

/// 之一 after a count and its noun: the count is the size of a set the
/// subject belongs to (首批5个示范区之一), not a measure of the subject.
pub const ONE_OF: &str = "之一";

/// Kinds of places counted before a figure of theirs (全国31个省（区、市）
/// 职业年金规模2.56万亿元): the count says whose figure it is, and is no
/// figure itself when another follows in its clause.
pub const COUNTED_PLACES: Words = crate::words![
    "省", "省份", "省区市", "市", "设区市", "地市", "县", "县区", "区", "州", "盟", "城市", "地区",
];
/// The unit of such a count.
pub const PLACE_COUNT_UNIT: &str = "个";

/// Nouns that end a project's name: a capacity right before them is part of
/// the name (建设30万吨乙烯项目), never a row. Capacities are in units of
/// output or power; an area or a length (110万平方米改造项目) is the size
/// of the work done, which is a row.
pub const PROJECT_NOUNS: Words = crate::words!["项目", "工程", "装置", "生产线"];
pub const CAPACITY_UNITS: Words =
    crate::words!["吨", "千瓦", "兆瓦", "千瓦时", "MW", "GW", "kW", "KW", "标箱",];

/// Chars joining the two ends of a range: 1-2家, 3至5个, 2021—2024年, 1-11月.
pub const RANGE_JOINERS: &[char] = &['-', '—', '–', '－', '~', '～', '至', '到'];

/// Words that state a goal wherever they stand in a sentence.
pub const GOAL_WORDS: Words = crate::words![
    "力争", "确保", "争取", "努力", "预期目标", "目标是", "目标为", "拟",
];

/// 计划 is a goal when it plans (计划新增, 计划完成) and not when it is the
/// plan a result is measured against (完成年计划的156%, 计划执行情况).
pub const PLAN_WORD: &str = "计划";
pub const PLAN_NOT_GOAL_BEFORE: Words = crate::words!["年", "年度", "的", "原", "按"];
pub const PLAN_NOT_GOAL_AFTER: Words = crate::words![
    "的", "执行", "任务", "内", "外", "完成率", "”", "》", "\"", "草案",
];

/// 等 ends a list of examples before the thing counted (实施A、B等环保工程234项):
/// the subject is what follows it. Not when 等 is part of a word.
pub const ETC: char = '等';
pub const ETC_NOT_BEFORE: &[char] = &['平', '高', '同', '均', '对', '初', '中', '相', '优'];
pub const ETC_NOT_AFTER: &[char] = &['级', '次', '于', '待', '候', '同'];
/// Words after 等 that only say "of all kinds" and are dropped with the list.
pub const ETC_FILLERS: Words = crate::words!["各类", "一批", "多个", "一系列", "系列"];

/// 争取 means "obtain", not "strive for", when what it takes is money or
/// support: 争取上级资金31亿元 is a result.
pub const OBTAIN_NOUNS: Words = crate::words![
    "资金", "贷款", "额度", "支持", "补助", "补贴", "奖补", "债券", "政策", "指标", "专项", "资助",
    // 争取中央预算内投资36亿元: investment granted from above.
    "预算内投资",
];
pub const OBTAIN_VERB: &str = "争取";

/// Verbs that, leading the first item of a 、-list, govern every item:
/// 新增科技型中小企业200家、高新技术企业40家 → 新增高新技术企业.
pub const LIST_VERBS: Words = crate::words![
    "新增", "新设", "新建", "新认定", "新培育", "新引进", "新组建", "新开工", "新签约", "新落地",
    "建强", "施划", "引进", "改造", "建设", "建成", "实施", "培育", "打造", "创建", "开展", "组织",
    "举办", "招聘", "发放", "培训", "帮助", "帮扶", "解决", "整治", "维修", "修建", "新改建",
    "改扩建", "治理", "开工", "竣工", "签约", "落地", "获批", "争取", "完成", "推进", "认定",
    "评定", "申报", "办理",
];

/// Level words that only qualify the subject before them: 其中，国家级9家、
/// 省级193家 → 省级 + the head noun of the fact before.
pub const LEVEL_SUFFIX: char = '级';

/// Words between a list of subjects and one number that give every subject
/// that number: A和B均实现100%.
pub const EACH_WORDS: Words = crate::words!["均", "都", "各", "全部"];

/// A length followed by one of these describes a thing's size (足有20米高).
pub const DIMENSION_WORDS: &[char] = &['高', '长', '宽', '深', '厚'];
pub const LENGTH_UNITS: Words = crate::words!["米", "公里", "千米"];

/// 各 after a list of places gives each of them the thing after it
/// (镇、村各编录事项133条) — unless it starts a word of its own (各级, 各类).
pub const EACH_OF: char = '各';
pub const EACH_NOT_BEFORE: &[char] = &[
    '级', '类', '项', '种', '地', '界', '方', '部', '个', '自', '有',
];

/// Time units that, followed by a noun, make a name (10分钟健身圈), and
/// ages that, followed by a noun, say who is meant (60岁老人, 3岁婴幼儿).
pub const NAME_TIME_UNITS: Words = crate::words!["分钟", "小时", "岁", "周岁"];

/// 一 before these is "a number of", not a count: 突破一批关键技术.
pub const VAGUE_COUNTS: Words = crate::words!["一批", "一系列", "一些", "一大批"];

/// Words that, right after a count, show the count ends its phrase rather
/// than counting the noun after it (3家同比…, 5个以上, 2项和…, 4次安排…).
pub const NOT_A_NOUN_AFTER: Words = crate::words![
    "同比", "比上年", "较上年", "比去年", "增长", "下降", "提高", "左右", "以上", "以内", "和",
    "及", "与", "、", "等", "分别", "（", "(", "”", "，", "。", "；", "是", "为", "的比例", "次",
    "安排",
];

/// Words that join the items of a list: inside a noun after a count they end
/// it when a number follows them (192件建议、121件提案); between numbers
/// whose unit is written once, after the last (分别增长0.5和0.3个百分点,
/// 12、15和18万吨), each number has that unit.
pub const LIST_JOINTS: &[char] = &['、', '和', '及', '与'];

/// What joins the subjects a number holds for each of (A和B均…, 甲、乙各…):
/// the list joints but 与, which stands inside the words such a subject is
/// made of (参与企业…平均增长, where 均 is no "each").
pub const EACH_JOINTS: &[char] = &['、', '和', '及'];

/// Words of addition a subject may open with: without them the subject names
/// the stock (新设市场主体 → 市场主体, for 市场主体总量 from the fact before).
pub const ADDITION_LEADS: Words =
    crate::words!["新增", "净增", "新设", "新登记", "新建", "新培育", "新认定"];
