use super::*;

#[test]
fn years_in_chinese_digits_become_arabic() {
    let read = |t: &str| {
        let mut chars: Vec<char> = t.chars().collect();
        fold_chinese_years(&mut chars);
        chars.into_iter().collect::<String>()
    };
    assert_eq!(read("二〇二五年政府工作报告"), "2025年政府工作报告");
    assert_eq!(read("二0二一年市政府工作报告"), "2021年市政府工作报告");
    assert_eq!(read("二O一九年"), "2019年");
    assert_eq!(read("一二三四五年"), "一二三四五年");
    assert_eq!(read("2024年三季度"), "2024年三季度");
    assert_eq!(read("三十年"), "三十年");
    assert_eq!(read("一九九四年，一九九五年"), "1994年，1995年");
    assert_eq!(read("九四年"), "九四年");
}

#[test]
fn letters_and_digits_are_is_alphanumeric_in_a_reports_blocks() {
    let blocks = [
        0..=0xFF,
        0x2000..=0x2BFF,
        0x2E80..=0x33FF,
        0x3400..=0x4DBF,
        0x4E00..=0x9FFF,
        0xFE10..=0xFE6F,
        0xFF00..=0xFFEF,
    ];
    for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
        assert_eq!(
            is_letter_or_digit(c),
            c.is_alphanumeric(),
            "{c:?} U+{:04X}",
            c as u32
        );
    }
}

fn c(s: &str) -> Vec<char> {
    s.chars().collect()
}

#[test]
fn words_at_positions() {
    let t = c("地区生产总值");
    assert!(starts_at(&t, 2, "生产"));
    assert!(!starts_at(&t, 5, "值x"));
    assert!(ends_at(&t, 4, "生产"));
    assert_eq!(match_at(&t, 0, "地区"), Some(2));
    assert_eq!(match_first(&t, 0, &["地", "地区"]), Some(1));
    assert_eq!(longest_at(&t, 0, &["地", "地区"]), Some(2));
    assert_eq!(find(&t, "总值"), Some(4));
    assert!(ends_with_any(&t, &["产值", "总值"]));
    assert_eq!(strip_prefix(&t, "地区"), Some(&t[2..]));
}

#[test]
fn numerals() {
    assert_eq!(read_uint(&c("2024年"), 0), Some((2024, 4)));
    assert_eq!(read_uint(&c("年"), 0), None);
    assert_eq!(read_uint(&c("99999999999"), 0), None);
    assert_eq!(cn_numeral_at(&c("十二、"), 0), Some((12, 2)));
    assert_eq!(cn_numeral_at(&c("三百二十"), 0), Some((320, 4)));
    assert_eq!(cn_numeral_at(&c("两"), 0), Some((2, 1)));
    assert_eq!(cn_numeral_at(&c("零"), 0), None);
}

#[test]
fn decimals_as_str_parse() {
    for s in [
        "0", "5", "63.65", "0.1", "0.3", "1.2", "5.2", "20440", "1349084", "2.675", "0.0000001",
        "123456789.123456789", "9007199254740993", "0.30000000000000004",
    ] {
        assert_eq!(decimal_value(s), s.parse().ok(), "{s}");
    }
    for s in [
        "99999999999999999999", "3.14159265358979323846", "1234567890123456789012345",
    ] {
        let (ours, std) = (decimal_value(s).unwrap(), s.parse::<f64>().unwrap());
        assert!(
            (ours - std).abs() <= std * f64::EPSILON,
            "{s}: {ours} {std}"
        );
    }
    for n in 0..20_000u32 {
        let s = format!("{}.{:02}", n / 7, n % 100);
        assert_eq!(decimal_value(&s), s.parse().ok(), "{s}");
    }
    assert_eq!(decimal_value(".5"), None);
    assert_eq!(decimal_value("5x"), None);
}

#[test]
fn cjk() {
    assert!(is_cjk('指'));
    assert!(!is_cjk('A'));
    assert!(!is_cjk('，'));
}

#[test]
fn the_first_and_last_utf8_bytes_of_every_char_are_the_encoders() {
    let mut buf = [0; 4];
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let encoded = c.encode_utf8(&mut buf).as_bytes();
        assert_eq!(first_utf8_byte(c), encoded[0], "{c:?}");
        assert_eq!(last_utf8_byte(c), encoded[encoded.len() - 1], "{c:?}");
    }
}

#[test]
fn a_word_ends_where_it_is_written() {
    let chars: Vec<char> = "a同比增长5%".chars().collect();
    assert!(ends_at(&chars, 3, "同比") && ends_at(&chars, 3, "比"));
    assert!(ends_at(&chars, 2, "a同") && ends_at(&chars, 7, "5%"));
    assert!(!ends_at(&chars, 3, "同期") && !ends_at(&chars, 1, "同"));
    assert!(!ends_at(&chars, 0, "a") && ends_at(&chars, 0, ""));
    assert!(!ends_at(&chars, 8, "%"));
}

#[test]
fn a_word_matches_where_it_is_written() {
    let chars: Vec<char> = "a同比增长5%".chars().collect();
    assert_eq!(match_at(&chars, 1, "同比"), Some(3));
    assert_eq!(match_at(&chars, 1, "同期"), None);
    assert_eq!(match_at(&chars, 0, "a同"), Some(2));
    assert_eq!(match_at(&chars, 2, "同"), None);
    assert_eq!(match_at(&chars, 6, "%"), Some(7));
    assert_eq!(match_at(&chars, 7, ""), Some(7));
    assert_eq!(match_at(&chars, 7, "%"), None);
    assert_eq!(match_at(&chars, 9, ""), Some(9));
}
