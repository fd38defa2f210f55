//! Page layout and page furniture: the words and marks that tell a line of
//! report text from a page number, a web page's frame, or a heading.
//!
//! Used by [`crate::normalize`] on whole lines. The tables are matched
//! against normalised text: full-width forms folded, spaces between Chinese
//! text dropped, `,;:()` between Chinese text already in their Chinese form.

use super::packed::Words;

/// A line that starts with one of these labels, followed by a separator
/// (`：`, a space, a bracket or the end of the line), is web-page or
/// masthead furniture: publication data, site frame, contact details.
/// Words that mark a line wherever they stand (版权所有) are in
/// [`LINE_MARKERS`] only.
pub const LINE_LABELS: Words = crate::words![
    "发布时间", "发布日期", "发文日期", "成文日期", "时间", "日期", "来源", "信息来源", "文章来源",
    "稿件来源", "作者", "浏览次数", "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "访问量",
    "字体", "字号", "【字体", "打印", "主办单位", "主办", "承办单位", "承办", "协办单位",
    "技术支持", "维护单位", "上一篇", "下一篇", "上一条", "下一条", "联系电话", "联系方式",
    "联系邮箱", "电子邮箱", "传真", "地址", "通讯地址", "邮编", "邮政编码", "责任编辑", "编辑",
    "审核", "校对", "关键词", "索引号", "分享", "相关链接", "相关文章", "相关阅读",
];

/// A crawler's or a page's label before the title (标题：2024年…报告): not
/// part of the title.
pub const TITLE_LABELS: Words = crate::words![
    "标题：", "标题:", "文章标题：", "题目：", "【标题】", "标题 ",
];

/// Line openings of the web page's frame that need no separator after
/// them (【字体 大 中 小】, 当前位置 > 首页, 扫一扫在手机打开): a kept line that
/// starts with one of these, or with a [`LINE_LABELS`] label, is not the
/// report's title or a heading.
pub const FRAME_PREFIXES: Words = crate::words![
    "【", "点击", "ICP", "首页", "当前位置", "您现在的位置", "扫一扫", "微信", "政务微博",
];

/// Words that make a short line furniture wherever they stand in it: no
/// report sentence contains them.
pub const LINE_MARKERS: Words = crate::words![
    "ICP备", "ICP证", "公网安备", "网站标识码", "打印本页", "打印文章", "打印此页", "关闭窗口",
    "关闭本页", "扫一扫", "分享到", "收藏本页", "加入收藏", "设为首页", "返回顶部", "【打印",
    "【关闭", "在手机打开", "用手机扫描", "Copyright", "copyright", "版权所有", "©",
];

/// Words that furnish a web page without being furniture on their own (a
/// report may mention 微博): a short line made of these and punctuation
/// is furniture.
pub const FRAME_WORDS: Words = crate::words![
    "大中小", "字体", "打印", "关闭", "收藏", "分享", "微信公众号", "微信", "政务微博", "微博",
    "QQ空间", "手机版", "无障碍", "繁体", "简体", "English", "返回", "顶部", "首页", "登录",
    "注册", "搜索", "客户端", "网站地图",
    // A page's toolbar, one button a line: 下载 / 打印 / 全屏 / 【字号： 加大 还原 减小 】.
    "下载", "全屏", "加大", "还原", "减小",
];

/// A figure's caption opens with one of these and the figure's number
/// (图 6  近五年城镇新增就业人数): the chart is not in the text, and its
/// caption is no heading and opens no period.
pub const FIGURE_MARKS: Words = crate::words!["图", "附图"];

/// A breadcrumb starts with one of these, then a separator or a `：`.
pub const BREADCRUMB_ROOTS: Words = crate::words![
    "首页", "网站首页", "当前位置", "您的位置", "您当前的位置", "您现在的位置", "您所在的位置",
    "所在位置", "位置",
];

/// Separators between the levels of a breadcrumb.
pub const BREADCRUMB_SEPARATORS: &[char] = &['>', '»', '›', '→', '/', '》', '|'];

/// Dashes and dots that frame a page number: `— 3 —`, `- 12 -`, `·3·`.
pub const PAGE_NUMBER_FRAME: &[char] = &[
    '-', '—', '–', '_', '~', '·', '•', '*', '=', '（', '）', '[', ']', '【', '】',
];

/// `第 3 页`, `第5/21页`, `共 21 页`, `Page 3 of 21`: the words around a
/// page number, in the order they stand.
pub const PAGE_WORD_BEFORE: Words = crate::words!["第", "共", "Page", "page", "P"];
pub const PAGE_WORD_AFTER: Words = crate::words!["页", "of"];

/// The largest bare number taken for a page number when it stands alone on
/// a line (a page count above 999 is not a report).
pub const PAGE_NUMBER_MAX_DIGITS: usize = 3;

/// Ends of a sentence: a line ending with one ends a paragraph.
pub const SENTENCE_ENDS: &[char] = &['。', '！', '？', '；', '!', '?', '…'];

/// Closing marks that may follow a sentence end (`。”`).
pub const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '】', '》', '"', '\''];

/// Punctuation that only stands inside running text: a line holding one is
/// prose, not a title, so a break after it may be a wrap.
pub const RUNNING_TEXT_MARKS: &[char] = &['。', '，', '；', '、', '！', '？'];

/// A line ending with one of these goes on in the next line.
pub const CONTINUES: &[char] = &['，', '、'];

/// A line short of the wrap width that ends with one of these, followed by
/// a line that opens with a word, ends a row of a flattened table (地区生产
/// 总值 63.65亿元 增长5.2%): a stray break inside prose seldom falls right
/// after a rate, and joining would give this row's rate to the next subject.
pub const ENDS_ROW: &[char] = &['%'];

/// A line ending with one of these introduces what follows (各位代表：).
pub const INTRODUCES: &[char] = &['：'];

/// Chinese numerals of heading numbers (一、 （二） 第三章).
pub const HEADING_NUMERALS: &[char] = &[
    '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零', '〇', '两',
];

/// What follows 第X in a heading: 第一章, 第三部分.
pub const HEADING_ORDINAL_NOUNS: Words = crate::words!["章", "节", "条", "部分", "篇", "编"];

/// What follows 第X at the head of a list item: 第一，第二是.
pub const LIST_ORDINAL_MARKS: Words = crate::words!["，", "、", "是"];

/// Marks after a heading number: 一、 1. 1、
pub const HEADING_NUMBER_MARKS: &[char] = &['、', '.', '．'];

/// Line starts that make a heading or a byline whatever follows: markdown
/// headings, a subtitle's dash.
pub const HEADING_STARTS: Words = crate::words!["#", "——", "【"];
