//! Tests of the normalisation stage.

use super::*;

fn norm(s: &str) -> String {
    normalize(s).chars.iter().collect()
}

/// A paragraph of `n` lines of `width` chars, wrapped by hand.
fn wrapped(text: &str, width: usize, sep: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(width)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(sep)
}

const PROSE: &str = "全县上下坚持以新时代中国特色社会主义思想为指导，认真贯彻上级各项决策部署，围绕城乡融合提升三年行动既定任务，攻坚克难抓落实、团结奋进求实效。上半年，产业发展稳步向前，社会治理持续加强，群众生活不断改善，各项事业总体呈现稳中向好、好中有进的发展态势。地区生产总值完成63.65亿元，同比增长5.2%；一般公共预算收入完成4.1亿元，同比增长8.4%。";

#[test]
fn folds_width_and_drops_spaces_around_numbers() {
    assert_eq!(
        norm("完成 ６３.６５ 亿元，增长５.２％"),
        "完成63.65亿元，增长5.2%"
    );
    assert_eq!(norm("ＰＭ２.５浓度"), "PM2.5浓度");
}

#[test]
fn drops_spaces_between_numbers_units_and_chinese_but_not_words() {
    assert_eq!(norm("63.65 亿元"), "63.65亿元");
    assert_eq!(norm("增长 5.2 %"), "增长5.2%");
    assert_eq!(norm("2024 年 上半年"), "2024年上半年");
    assert_eq!(norm("Intel Core 处理器"), "Intel Core处理器");
    assert_eq!(norm("分别为 12  15 个"), "分别为12 15个");
    assert_eq!(norm("\u{3000}\u{3000}现在，我代表"), "现在，我代表");
}

#[test]
fn maps_back_to_input_offsets() {
    let n = normalize("增长 5.2 %");
    let s: String = n.chars.iter().collect();
    assert_eq!(s, "增长5.2%");
    assert_eq!(n.original_span(2, 6), (3, 8));
    assert_eq!(n.original_span(6, 2), (8, 8));
    assert_eq!(n.original_span(100, 200), (8, 8));
    assert_eq!(n.slice(4, 2), "");
}

#[test]
fn half_width_clause_punctuation_becomes_chinese() {
    assert_eq!(
        norm("坚持科技引领,2023年发展稳中向好;各位代表:(一)总体"),
        "坚持科技引领，2023年发展稳中向好；各位代表：（一）总体"
    );
    assert_eq!(norm("增长5.2%,达到12,15个"), "增长5.2%，达到12，15个");
}

#[test]
fn thousands_separators_and_clock_times_stay_ascii() {
    assert_eq!(norm("完成1,234.5亿元"), "完成1,234.5亿元");
    assert_eq!(norm("共1,234,567人"), "共1,234,567人");
    assert_eq!(norm("12:30召开"), "12:30召开");
    assert_eq!(norm("增长1.5,234家"), "增长1.5，234家");
    assert_eq!(norm("数量1234,567"), "数量1234，567");
}

#[test]
fn crlf_and_cr_become_lf() {
    assert_eq!(norm("一、总体\r\n二、目标"), "一、总体\n二、目标");
    assert_eq!(norm("一、总体\r二、目标\r\n"), "一、总体\n二、目标");
}

#[test]
fn joins_hard_wrapped_lines_even_mid_word() {
    let text = format!("{PROSE}\n\n（二）下半年工作安排\n\n{PROSE}");
    let wrapped = text
        .split("\n\n")
        .map(|p| wrapped(p, 37, "\n\n"))
        .collect::<Vec<_>>()
        .join("\n\n");
    assert_eq!(norm(&wrapped), norm(&text));
    assert_eq!(
        norm(&text),
        format!("{PROSE}\n（二）下半年工作安排\n{PROSE}")
    );
}

#[test]
fn joins_a_stray_break_inside_prose() {
    assert_eq!(
        norm("3.持续推动节能减排工作。加快推广装配式建筑和绿色建材标\n\n准化，不断提高比例。"),
        "3.持续推动节能减排工作。加快推广装配式建筑和绿色建材标准化，不断提高比例。"
    );
    assert_eq!(
        norm("恒远机械年产200套智能农机具、\n文旅康养等7个项目开工。"),
        "恒远机械年产200套智能农机具、文旅康养等7个项目开工。"
    );
}

#[test]
fn keeps_paragraph_title_and_heading_breaks() {
    let text = "关于2024年国民经济和社会发展计划执行情况的报告\n——在第十九届人民代表大会第17次会议上\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n（一）深化重点环节改革，持续激发新活力\n全区经济平稳运行，地区生产总值增长5%。\n一、总体情况\n1.政务服务持续提升";
    assert_eq!(norm(text), text);
}

#[test]
fn keeps_break_before_a_heading_after_a_wrapped_line() {
    let text = format!(
        "{}\n二、主要目标",
        wrapped(&PROSE[..PROSE.len() - 3], 37, "\n")
    );
    let n = norm(&text);
    assert!(n.ends_with("\n二、主要目标"), "{n}");
    assert_eq!(n.matches('\n').count(), 1, "{n}");
}

#[test]
fn drops_page_numbers() {
    for page in [
        "— 3 —", "- 12 -", "第 3 页", "第5/21页", "12", "－ 7 －", "第3页 共21页", "Page 3 of 21",
    ] {
        let text = format!("{}\n{page}\n{}", wrapped(PROSE, 37, "\n"), PROSE);
        assert_eq!(norm(&text), format!("{PROSE}\n{PROSE}"), "{page}");
    }
    assert_eq!(norm("增长\n2024\n年"), "增长\n2024\n年");
}

#[test]
fn drops_note_markers_between_indicator_and_number() {
    assert_eq!(
        norm("地区生产总值[1]完成63.65亿元"),
        "地区生产总值完成63.65亿元"
    );
    assert_eq!(norm("地区生产总值［2］63.65亿元"), "地区生产总值63.65亿元");
    assert_eq!(norm("地区生产总值①增长5.2%"), "地区生产总值增长5.2%");
    assert_eq!(norm("主要有：①加快"), "主要有：①加快");
    assert_eq!(norm("[1] 国家统计局"), "[1]国家统计局");
}

#[test]
fn drops_web_page_furniture_lines() {
    let junk = [
        "首页 > 新闻中心 > 政务要闻",
        "当前位置：首页 > 政务公开",
        "发布时间：2024-01-05 10:21 来源：区政府办 浏览次数：1234",
        "信息来源:湖滨市政府网站",
        "【 字体: 】? 【打印文章】",
        "字体：大 中 小",
        "打印本页 关闭窗口",
        "主办单位：某某市人民政府办公室 承办：某某市大数据中心",
        "ICP备案号：辽ICP备05023109号",
        "辽公网安备 21010502000372号 网站标识码:2100000037",
        "扫一扫在手机打开当前页",
        "分享到：微信 微博 QQ空间",
        "上一篇：2024年县政府工作报告",
        "版权所有：某某市人民政府",
        "联系电话：0412-1234567",
        "地址：某某市某某路45号 邮编：110032",
        "微信公众号",
        "政务微博",
    ];
    for line in junk {
        let text = format!("{line}\n地区生产总值增长5%。\n{line}");
        assert_eq!(norm(&text), "地区生产总值增长5%。", "{line}");
    }
}

#[test]
fn drops_figure_captions() {
    for line in [
        "图 3  近五年粮食播种面积",
        "图12 2019-2023年工业增加值及其增速",
        "附图1",
    ] {
        let text = format!("粮食产量增长2%。\n{line}\n年末常住人口100万人。");
        assert_eq!(
            norm(&text),
            "粮食产量增长2%。\n年末常住人口100万人。",
            "{line}"
        );
    }
}

#[test]
fn keeps_lines_that_open_with_a_figure_word() {
    let text = "图书馆藏书达到120万册。\n图3万人次参观。";
    assert_eq!(norm(text), text);
}

#[test]
fn keeps_report_lines_that_mention_frame_words() {
    let text = "政务微博粉丝达到10万人。\n时间过半、任务过半。\n来源于税收的收入增长5%。";
    assert_eq!(norm(text), text);
}

#[test]
fn offsets_point_into_the_input_after_dropping_lines() {
    let input = "首页 > 新闻\r\n\r\n地区生产总值完成 63.65 亿元\r\n— 3 —\r\n";
    let n = normalize(input);
    let text: String = n.chars.iter().collect();
    assert_eq!(text, "地区生产总值完成63.65亿元");
    let (s, e) = n.original_span(0, n.len());
    let input_chars: Vec<char> = input.chars().collect();
    let original: String = input_chars[s..e].iter().collect();
    assert_eq!(original, "地区生产总值完成 63.65 亿元");
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "", "\n", "\r", "[", "[1", "[12", ",", "1,", ",123", "①", "第", "（", "— —",
        "\u{0}\u{FFFD}\u{10FFFF}", " \t ", "\u{200B}",
    ] {
        let n = normalize(s);
        let (a, b) = n.original_span(0, n.len());
        assert!(a <= b && b <= s.chars().count(), "{s:?}");
    }
}

#[test]
fn keeps_table_rows_apart() {
    // Columns apart by blanks or tabs: each row stays a line, though it
    // ends mid-sentence and the paragraph before it is prose.
    let text = "初步核算，全年全县地区生产总值  88.5亿元  增长4.6%\n第一产业增加值\t9.1亿元\t增长2.8%\n年末户籍人口  30.2万人  减少0.1万人";
    assert_eq!(
        norm(text),
        "初步核算，全年全县地区生产总值88.5亿元增长4.6%\n第一产业增加值9.1亿元增长2.8%\n年末户籍人口30.2万人减少0.1万人"
    );
}

#[test]
fn blanks_after_punctuation_are_no_column_gap() {
    // Prose spaced after a comma (as Word or a PDF leaves it) still joins
    // a line wrapped inside a word.
    let text = "全年地区生产总值完成63.65亿元，  同比增长5.2%，规模以上工业增\n加值增长6.1%。";
    assert_eq!(
        norm(text),
        "全年地区生产总值完成63.65亿元，同比增长5.2%，规模以上工业增加值增长6.1%。"
    );
}

#[test]
fn a_rate_at_a_short_line_end_ends_a_table_row() {
    // Cells apart by one blank (as a PDF reader leaves them): the row ends
    // at its rate, the next line's subject starts a row of its own.
    let text = "初步核算，全年全县地区生产总值 88.5亿元 增长4.6%\n第一产业增加值 9.1亿元 增长2.8%\n第二产业增加值 30.5亿元 增长6.1%";
    assert_eq!(
        norm(text),
        "初步核算，全年全县地区生产总值88.5亿元增长4.6%\n第一产业增加值9.1亿元增长2.8%\n第二产业增加值30.5亿元增长6.1%"
    );
    // Before a comma the break is a stray one inside the sentence.
    assert_eq!(
        norm("全年全县地区生产总值达到88.5亿元，增长4.6%\n，第一产业增加值9.1亿元。"),
        "全年全县地区生产总值达到88.5亿元，增长4.6%，第一产业增加值9.1亿元。"
    );
}

#[test]
fn numbered_paragraph_is_not_a_heading_number() {
    let number = |s: &str| layout::heading_number(&s.chars().collect::<Vec<_>>());
    assert!(number("1.5亿元").is_none());
    let read = |s: &str| number(s).map(|n| (n.style, n.ordinal, n.len));
    assert_eq!(read("十二、其他"), Some((Numbering::CnEnum, 12, 3)));
    assert_eq!(read("第一部分 回顾"), Some((Numbering::Part, 1, 4)));
}

#[test]
fn each_line_is_classified_once() {
    let n = normalize(
        "柳溪市统计公报\n2025年3月\n来源于本市统计局的数据\n（一）农业\n项目  数量  增长\n",
    );
    let kinds: Vec<(LineKind, bool)> = n.lines.iter().map(|l| (l.kind, l.cells)).collect();
    let heading = LineKind::Heading(Number {
        style: Numbering::ParenCn,
        ordinal: 1,
        len: 3,
    });
    assert_eq!(
        kinds,
        vec![
            (LineKind::Text, false),
            (LineKind::Date, false),
            (LineKind::Frame, false),
            (heading, false),
            (LineKind::Text, true),
        ]
    );
}

#[test]
fn the_masthead_dates_the_page_though_it_is_dropped() {
    let published = |s: &str| normalize(s).published;
    assert_eq!(
        published("标题\n来源：市统计局 发布时间：2024-07-20"),
        Some(2024)
    );
    assert_eq!(published("发布日期: 2023年12月1日"), Some(2023));
    assert_eq!(published("地区生产总值增长5%"), None);
    // Dropped as furniture, it still dates the page.
    let n = normalize("发布时间：2024-07-20\n全年地区生产总值增长5%。");
    assert_eq!((n.published, n.lines.len()), (Some(2024), 1));
}

#[test]
fn positions_alone_map_as_the_whole() {
    let text = "地区生产总值 完成63.65亿元\n\n增长 5.2 %。\n";
    let n = normalize(text);
    let spans: Vec<_> = (0..=n.len()).map(|i| n.original_span(i, i + 3)).collect();
    let offsets: Vec<_> = (0..=text.chars().count())
        .map(|o| n.position_of(o))
        .collect();
    let p = n.into_positions();
    assert!(p.chars.is_empty() && p.lines.is_empty());
    let p_spans: Vec<_> = (0..spans.len())
        .map(|i| p.original_span(i, i + 3))
        .collect();
    assert_eq!(p_spans, spans);
    let p_offsets: Vec<_> = (0..offsets.len()).map(|o| p.position_of(o)).collect();
    assert_eq!(p_offsets, offsets);
}

#[test]
fn years_in_chinese_digits_are_written_in_arabic_digits_in_running_text() {
    let n = normalize("二〇〇五年公报\n一九九四年，产量增长。\n");
    let text: String = n.chars.iter().collect();
    // A line without a mark of running text (a title) keeps them.
    assert_eq!(text, "二〇〇五年公报\n1994年，产量增长。");
    // One char for one char: the map back to the input is unchanged.
    assert_eq!(n.original_span(8, 13), (8, 13));
}

#[test]
fn a_date_tail_may_be_written_in_chinese_numerals() {
    let tail = |t: &str| layout::is_cn_date_tail(&t.chars().collect::<Vec<_>>());
    assert!(tail("年12月27日在"));
    assert!(tail("年三月二十五日在"));
    assert!(!tail("年三月在"));
    assert!(!tail("年工作"));
}
