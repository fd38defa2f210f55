//! The indicator dictionary: standard statistical indicators with the names
//! reports use for them (a data file), and the category of every row.

use super::packed::Pairs;
use crate::category::{Category, Category as C};

/// The standard indicators, one per line:
/// `standard name<TAB>category<TAB>variant<TAB>variant…` (see the file's head).
/// Compiled in without the file's `#` comment lines (1 KB gzip of the wasm);
/// users add their own in the same format at run time. Not in the page's
/// core wasm module (no `tables` feature), which the page hands the file
/// (`pkg/indicators.tsv`) with the divisions.
#[cfg(any(not(target_arch = "wasm32"), feature = "tables"))]
pub const STANDARD: &str = match std::str::from_utf8(&STANDARD_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("indicators.tsv is UTF-8"),
};

#[cfg(any(not(target_arch = "wasm32"), feature = "tables"))]
const FILE: &[u8] = include_bytes!("indicators.tsv");
#[cfg(any(not(target_arch = "wasm32"), feature = "tables"))]
const STANDARD_BYTES: [u8; uncommented(FILE, None)] = {
    let mut out = [0; uncommented(FILE, None)];
    uncommented(FILE, Some(&mut out));
    out
};

/// Copies `file` without its lines that start with `#` into `out` (when
/// given); the length of what is kept. Run at compile time.
#[cfg(any(not(target_arch = "wasm32"), feature = "tables"))]
const fn uncommented(file: &[u8], mut out: Option<&mut [u8]>) -> usize {
    let (mut i, mut n) = (0, 0);
    let mut keep = true;
    while i < file.len() {
        if i == 0 || file[i - 1] == b'\n' {
            keep = file[i] != b'#';
        }
        if keep {
            if let Some(out) = &mut out {
                out[n] = file[i];
            }
            n += 1;
        }
        i += 1;
    }
    n
}

/// Categories for rows whose subject is not a standard indicator: the first
/// entry whose keyword the subject contains wins, so more specific keywords
/// come first. Each keyword with its category's name (`Category`'s).
pub const CATEGORY_KEYWORDS: Pairs = crate::pairs![
    ("就业", "就业"),
    ("招聘", "就业"),
    ("岗位", "就业"),
    ("失业", "就业"),
    ("见习", "就业"),
    ("收入", "收入"),
    ("工资", "收入"),
    ("薪酬", "收入"),
    ("税", "财政"),
    ("财政", "财政"),
    ("预算", "财政"),
    ("债", "财政"),
    ("资金", "财政"),
    ("进出口", "外贸"),
    ("出口", "外贸"),
    ("外资", "外贸"),
    ("外贸", "外贸"),
    ("美元", "外贸"),
    ("消费", "消费"),
    ("零售", "消费"),
    ("销售", "消费"),
    ("商户", "消费"),
    ("游客", "消费"),
    ("旅游", "消费"),
    ("电商", "消费"),
    ("投资", "投资"),
    ("项目", "投资"),
    ("招商", "投资"),
    ("内资", "投资"),
    ("签约", "投资"),
    ("粮", "农业"),
    ("农", "农业"),
    ("亩", "农业"),
    ("种植", "农业"),
    ("养殖", "农业"),
    ("乡村", "农业"),
    ("耕地", "农业"),
    ("造林", "生态"),
    ("科技", "科技"),
    ("创新", "科技"),
    ("研发", "科技"),
    ("专利", "科技"),
    ("高新", "科技"),
    ("人才", "科技"),
    ("数字", "科技"),
    ("5G", "科技"),
    ("工业", "工业"),
    ("企业", "工业"),
    ("产值", "工业"),
    ("制造", "工业"),
    ("产业", "工业"),
    ("空气", "生态"),
    ("PM", "生态"),
    ("颗粒物", "生态"),
    ("排污", "生态"),
    ("水质", "生态"),
    ("断面", "生态"),
    ("环保", "生态"),
    ("生态", "生态"),
    ("绿", "生态"),
    ("能耗", "生态"),
    ("污染", "生态"),
    ("矿山", "生态"),
    ("森林", "生态"),
    ("教育", "民生"),
    ("学", "民生"),
    ("医", "民生"),
    ("养老", "民生"),
    ("卫生", "民生"),
    ("住房", "民生"),
    ("小区", "民生"),
    ("低保", "民生"),
    ("救助", "民生"),
    ("社区", "民生"),
    ("文化", "民生"),
    ("体育", "民生"),
    ("安全", "民生"),
    ("道路", "民生"),
    ("公园", "民生"),
    ("管网", "民生"),
    ("停车", "民生"),
    ("居民", "民生"),
    ("群众", "民生"),
    ("老年", "民生"),
    ("幼儿", "民生"),
    ("婴儿", "民生"),
    ("孕产妇", "民生"),
    ("预期寿命", "民生"),
    ("发病率", "民生"),
    ("死亡率", "民生"),
    ("传染病", "民生"),
    ("政务", "政务"),
    ("事项", "政务"),
    ("审批", "政务"),
    ("办理", "政务"),
    ("提案", "政务"),
    ("建议", "政务"),
    ("诉求", "政务"),
    ("增加值", "经济"),
    ("生产总值", "经济"),
    ("营业收入", "经济"),
    ("金融", "经济"),
    ("贷款", "经济"),
    ("市场主体", "经济"),
];

/// Category of a row whose subject has no canonical name and no keyword.
pub const DEFAULT_CATEGORY: Category = C::Other;
