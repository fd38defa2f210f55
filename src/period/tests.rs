use super::*;

fn p(s: &str, cy: i32) -> Option<String> {
    let c: Vec<char> = s.chars().collect();
    explicit_period(&c, Some(cy)).map(|p| p.to_string())
}

fn pa(s: &str, anchor: Anchor) -> Option<String> {
    let c: Vec<char> = s.chars().collect();
    find_period_with(&c, &anchor).map(|(p, _, _)| p.to_string())
}

fn anchor(current: i32, base: i32, end: i32) -> Anchor {
    Anchor {
        current_year: Some(current),
        base_year: Some(base),
        span_end: Some(end),
    }
}

/// (text, the current year, the period read from it).
fn check(cases: &[(&str, i32, Option<&str>)]) {
    for &(text, year, want) in cases {
        assert_eq!(p(text, year).as_deref(), want, "{text}");
    }
}

#[test]
fn years() {
    check(&[
        ("2024年，地区生产总值增长5%", 2024, Some("2024")),
        ("2024年全年完成投资10亿元", 2025, Some("2024")),
        ("2024年度实现投资12亿元", 2025, Some("2024")),
        ("到2025年达到100家", 2023, Some("2025")),
        ("2023年底存款余额", 2024, Some("2023")),
    ]);
}

#[test]
fn halves_and_quarters() {
    check(&[
        ("2024年上半年完成63亿元", 2024, Some("2024H1")),
        ("上半年，完成63亿元", 2024, Some("2024H1")),
        ("下半年，力争完成", 2024, Some("2024H2")),
        ("一季度东城区走访30余家", 2024, Some("2024Q1")),
        ("第二季度增长", 2024, Some("2024Q2")),
        ("前三季度增长5%", 2024, Some("2024Q1-Q3")),
        ("前三个季度增长5%", 2024, Some("2024Q1-Q3")),
        ("1-3季度增长5%", 2024, Some("2024Q1-Q3")),
        ("一至三季度增长5%", 2024, Some("2024Q1-Q3")),
        ("2023年四季度增长", 2024, Some("2023Q4")),
    ]);
}

#[test]
fn months() {
    check(&[
        ("1-11月，增长5%", 2024, Some("2024M1-M11")),
        ("1至11月增长5%", 2024, Some("2024M1-M11")),
        ("2024年1—5月份增长", 2024, Some("2024M1-M5")),
        ("5月份成交额", 2024, Some("2024M5")),
        ("2024年6月存款余额", 2024, Some("2024M6")),
    ]);
}

#[test]
fn dates_are_not_periods() {
    check(&[
        ("1月15日，记者走进公司", 2025, None),
        ("——2023年12月27日在海州区", 2023, None),
        ("5月，举办了活动20场", 2024, None),
    ]);
    let c: Vec<char> = "1月15日，记者".chars().collect();
    let m = scan(&c, &Anchor::from_current(Some(2025)));
    assert_eq!(m[0].role, Role::Date);
    assert_eq!((m[0].start, m[0].end), (0, 5));
}

#[test]
fn ranges_of_years() {
    check(&[
        ("2021年至2024年累计投资", 2025, Some("2021-2024")),
        ("2021—2024年累计投资", 2025, Some("2021-2024")),
        ("2021-2024年年均增长", 2025, Some("2021-2024")),
    ]);
}

#[test]
fn relative_years() {
    check(&[
        ("今年，计划新增平台20个", 2025, Some("2025")),
        ("今年以来，经济平稳", 2024, Some("2024")),
        ("去年完成投资", 2024, Some("2023")),
        ("明年力争增长6%", 2023, Some("2024")),
        ("今年上半年增长", 2024, Some("2024H1")),
    ]);
}

#[test]
fn baselines_are_not_the_period() {
    check(&[
        ("比上年增长5%", 2024, None),
        ("较2020年增长1倍", 2024, None),
        ("与去年同期相比增长5%", 2024, None),
        ("比去年同期增长5%", 2024, None),
        ("比上年增长5%，2023年完成10亿元", 2024, Some("2023")),
    ]);
}

#[test]
fn years_in_names_are_not_periods() {
    check(&[
        ("成功举办2023第三届湖滨樱花节", 2024, None),
        ("开展2024项目攻坚年活动", 2024, None),
        ("年产200套智能农机具", 2024, None),
        ("“十四五”规划中期检查", 2024, None),
        (
            "上半年，总投资4.8亿元的2021年、2022年背街小巷改造项目",
            2024,
            Some("2024H1"),
        ),
        ("总投资4.8亿元的2021年、2022年背街小巷改造项目", 2024, None),
        ("完成全年任务的61.5%", 2024, None),
        ("连续四年超过2万人", 2024, None),
        ("城乡融合提升三年行动", 2024, None),
        ("规模以上年产值增长", 2024, None),
        ("2024年同比增长5%", 2024, Some("2024")),
    ]);
}

#[test]
fn spans_end_at_the_reviewed_year() {
    // (text, (current year, base year, span end), the period read)
    for (text, (current, base, end), want) in [
        ("五年来，年均增长6%", (2026, 2025, 2025), "2021-2025"),
        ("过去五年，累计投资", (2026, 2025, 2025), "2021-2025"),
        ("五年间，累计投资", (2026, 2025, 2025), "2021-2025"),
        ("‘十二五’时期，年均增长9%", (2016, 2015, 2015), "2011-2015"),
        ("近三年累计投资", (2026, 2025, 2025), "2023-2025"),
        ("收入80亿元，3年增长20%", (2026, 2025, 2025), "2023-2025"),
        ("10年来累计投资", (2026, 2025, 2025), "2016-2025"),
        ("一年来，我们", (2026, 2025, 2025), "2025"),
        ("“十四五”以来累计", (2025, 2024, 2024), "2021-2024"),
        ("“十四五”时期年均增长", (2026, 2025, 2025), "2021-2025"),
        ("到“十五五”末达到", (2026, 2025, 2025), "2030"),
        ("2021年以来累计", (2025, 2024, 2024), "2021-2024"),
        ("全年完成投资", (2024, 2023, 2023), "2023"),
    ] {
        let read = pa(text, anchor(current, base, end));
        assert_eq!(read.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn no_period_without_anchor_for_relative_words() {
    let c: Vec<char> = "今年增长5%".chars().collect();
    assert_eq!(explicit_period(&c, None), None);
    assert_eq!(explicit_period(&[], Some(2024)), None);
}

#[test]
fn mention_spans_cover_the_expression() {
    let c: Vec<char> = "2024年上半年，地区生产总值".chars().collect();
    assert_eq!(
        find_period(&c, Some(2024)),
        Some((
            Period::Half {
                year: 2024,
                half: 1
            },
            0,
            8
        ))
    );
}

#[test]
fn no_time_word_holds_or_joins_at_a_scan_break() {
    let lists = [
        w::SINCE_WORDS,
        w::YEAR_END_WORDS,
        w::SPAN_BEFORE,
        w::SPAN_AFTER,
        w::PLAN_SINCE_WORDS,
        w::PLAN_SPAN_WORDS,
        w::PLAN_END_WORDS,
    ];
    let words = lists.iter().flat_map(|l| l.iter());
    let named = w::RELATIVE_YEARS.iter().map(|(x, _)| *x);
    let named = named.chain(w::HALVES.iter().map(|(x, _)| *x));
    let named = named.chain(w::PLAN_PERIODS.iter().map(|(x, _, _)| *x));
    // The chars the rules add of their own: 年度, 月份, 日, 季度, quotes…
    let own = "年度全月份日号季个前第至到-—”\"」’";
    let chars: Vec<char> = words
        .chain(named)
        .chain([own, w::MENTION_START_CHARS])
        .flat_map(str::chars)
        .chain(RANGE_JOINERS.iter().chain(LIST_JOINTS).copied())
        .collect();
    assert!(!chars.iter().any(|c| is_scan_break(*c)));
    assert!(!mention_starts().contains('，') && !mention_starts().contains('。'));
}

#[test]
fn a_scan_started_after_a_break_finds_what_the_whole_scan_finds() {
    let a = anchor(2031, 2030, 2030);
    let text = "2026年、2027年，过去五年，与2025年相比增长3%。今年上半年，“十五五”以来，1-11月份。三年来：前三季度比上年同期增长。";
    let c: Vec<char> = text.chars().collect();
    let whole = scan(&c, &a);
    assert!(whole.len() > 8);
    for q in (1..=c.len()).filter(|&q| is_scan_break(c[q - 1])) {
        let from_q: Vec<Mention> = scan_between(&c, q, c.len(), &a).collect();
        let rest: Vec<Mention> = whole.iter().filter(|m| m.start >= q).cloned().collect();
        assert_eq!(from_q, rest, "from {q}");
        // A bound keeps to the mentions starting before it.
        let first = scan_between(&c, q, q + 1, &a).next();
        assert_eq!(first, rest.first().filter(|m| m.start == q).cloned());
    }
}
