//! The indicator dictionary: standard statistical indicators with the names
//! reports use for them (a data file), and the category of every row.

use crate::category::{Category, Category as C};

/// The standard indicators, one per line:
/// `standard name<TAB>category<TAB>variant<TAB>variant…` (see the file's head).
/// Compiled in without the file's `#` comment lines (1 KB gzip of the wasm);
/// users add their own in the same format at run time.
pub const STANDARD: &str = match std::str::from_utf8(&STANDARD_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("indicators.tsv is UTF-8"),
};

const FILE: &[u8] = include_bytes!("indicators.tsv");
const STANDARD_BYTES: [u8; uncommented(FILE, None)] = {
    let mut out = [0; uncommented(FILE, None)];
    uncommented(FILE, Some(&mut out));
    out
};

/// Copies `file` without its lines that start with `#` into `out` (when
/// given); the length of what is kept. Run at compile time.
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
/// come first.
pub const CATEGORY_KEYWORDS: &[(&str, Category)] = &[
    ("就业", C::Employment),
    ("招聘", C::Employment),
    ("岗位", C::Employment),
    ("失业", C::Employment),
    ("见习", C::Employment),
    ("收入", C::Income),
    ("工资", C::Income),
    ("薪酬", C::Income),
    ("税", C::Finance),
    ("财政", C::Finance),
    ("预算", C::Finance),
    ("债", C::Finance),
    ("资金", C::Finance),
    ("进出口", C::Trade),
    ("出口", C::Trade),
    ("外资", C::Trade),
    ("外贸", C::Trade),
    ("美元", C::Trade),
    ("消费", C::Consumption),
    ("零售", C::Consumption),
    ("销售", C::Consumption),
    ("商户", C::Consumption),
    ("游客", C::Consumption),
    ("旅游", C::Consumption),
    ("电商", C::Consumption),
    ("投资", C::Investment),
    ("项目", C::Investment),
    ("招商", C::Investment),
    ("内资", C::Investment),
    ("签约", C::Investment),
    ("粮", C::Agriculture),
    ("农", C::Agriculture),
    ("亩", C::Agriculture),
    ("种植", C::Agriculture),
    ("养殖", C::Agriculture),
    ("乡村", C::Agriculture),
    ("耕地", C::Agriculture),
    ("造林", C::Ecology),
    ("科技", C::Technology),
    ("创新", C::Technology),
    ("研发", C::Technology),
    ("专利", C::Technology),
    ("高新", C::Technology),
    ("人才", C::Technology),
    ("数字", C::Technology),
    ("5G", C::Technology),
    ("工业", C::Industry),
    ("企业", C::Industry),
    ("产值", C::Industry),
    ("制造", C::Industry),
    ("产业", C::Industry),
    ("空气", C::Ecology),
    ("PM", C::Ecology),
    ("颗粒物", C::Ecology),
    ("排污", C::Ecology),
    ("水质", C::Ecology),
    ("断面", C::Ecology),
    ("环保", C::Ecology),
    ("生态", C::Ecology),
    ("绿", C::Ecology),
    ("能耗", C::Ecology),
    ("污染", C::Ecology),
    ("矿山", C::Ecology),
    ("森林", C::Ecology),
    ("教育", C::Livelihood),
    ("学", C::Livelihood),
    ("医", C::Livelihood),
    ("养老", C::Livelihood),
    ("卫生", C::Livelihood),
    ("住房", C::Livelihood),
    ("小区", C::Livelihood),
    ("低保", C::Livelihood),
    ("救助", C::Livelihood),
    ("社区", C::Livelihood),
    ("文化", C::Livelihood),
    ("体育", C::Livelihood),
    ("安全", C::Livelihood),
    ("道路", C::Livelihood),
    ("公园", C::Livelihood),
    ("管网", C::Livelihood),
    ("停车", C::Livelihood),
    ("居民", C::Livelihood),
    ("群众", C::Livelihood),
    ("老年", C::Livelihood),
    ("幼儿", C::Livelihood),
    ("政务", C::Government),
    ("事项", C::Government),
    ("审批", C::Government),
    ("办理", C::Government),
    ("提案", C::Government),
    ("建议", C::Government),
    ("诉求", C::Government),
    ("增加值", C::Economy),
    ("生产总值", C::Economy),
    ("营业收入", C::Economy),
    ("金融", C::Economy),
    ("贷款", C::Economy),
    ("市场主体", C::Economy),
];

/// Category of a row whose subject has no canonical name and no keyword.
pub const DEFAULT_CATEGORY: Category = C::Other;
