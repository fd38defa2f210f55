// The page's words, Chinese first. Elements carry data-i18n="key" (text),
// data-i18n-label / data-i18n-placeholder / data-i18n-title (attributes);
// applyLanguage() fills them. The choice is kept in localStorage.

const STRINGS = {
  zh: {
    appTitle: '指标 · 报告指标提取',
    tagline: '粘贴政府工作报告、计划执行情况报告或统计公报，立即得到指标表。全部在浏览器内完成，文本不会离开本机。',
    langSwitch: 'English',
    langSwitchLabel: 'Switch to English',
    sourceHeading: '原文',
    textLabel: '报告文本',
    textPlaceholder: '在此粘贴报告全文……',
    openFile: '打开文件',
    trySample: '试用示例报告',
    clear: '清除文本',
    pasteAdd: '粘贴时添加到现有文本',
    largeReadOnly: '文本较大，只读显示（不放入编辑框）。',
    largeNotSaved: '大文本不保存在浏览器中，刷新后需重新打开。',
    dropHint: '也可以把文件拖到这里：.txt（UTF-8 或 GBK/GB18030）、Word .docx、带文字层的 PDF、保存的网页 .html。',
    viewEdit: '编辑',
    viewSource: '对照',
    sourceViewLabel: '原文对照：点击表格中的行可定位证据',
    sourceEmpty: '暂无文本。',
    tableHeading: '指标表',
    metaTitle: '标题',
    metaRegion: '地区',
    metaKind: '类型',
    metaReports: '报告期',
    metaTargets: '目标期',
    unknown: '未识别',
    filterCore: '仅核心指标',
    legendCore: '左侧红线：核心指标（有标准名称的常用指标）',
    dictHeading: '我的指标',
    dictHint: '本地特有的指标（如特色产业产值）：添加后按标准名称识别。只保存在本浏览器中，可导出为 TSV（与命令行 --dict 相同格式）。',
    dictName: '标准名称',
    dictCategory: '类别',
    dictCategoryPlaceholder: '如 经济（可空）',
    dictVariants: '别名（用顿号或逗号分隔）',
    dictAdd: '添加',
    dictDelete: '删除',
    dictEmpty: '还没有自己的指标。',
    dictImport: '导入 TSV',
    dictExport: '导出 TSV',
    dictError: '“我的指标”有误：{msg}',
    filterStatus: '类型',
    filterCategory: '类别',
    filterSearch: '搜索',
    searchPlaceholder: '指标、标准名称或原文',
    all: '全部',
    colIndicator: '指标',
    colCanonical: '标准名称',
    colValue: '数值',
    colUnit: '单位',
    colChange: '变化',
    colQualifier: '限定',
    colStatus: '类型',
    colPeriod: '期间',
    colCategory: '类别',
    colEvidence: '原文',
    colCore: '核心',
    colValueMax: '数值上限',
    colValueQualifier: '数值限定',
    colChangeMax: '变化上限',
    colChangeUnit: '变化单位',
    colChangeQualifier: '变化限定',
    colPlaceholder: '数值隐去',
    yes: '是',
    no: '否',
    redacted: '（隐去）',
    actual: '实际',
    estimate: '预计',
    target: '目标',
    approx: '约',
    atLeast: '以上',
    atMost: '以内',
    qualChange: '变化',
    exportCsv: '下载 CSV',
    copyTsv: '复制表格（Excel、WPS、Word）',
    exportJson: '下载 JSON',
    exportXlsx: '下载 XLSX',
    xlsxError: '无法生成 XLSX：{msg}',
    xlsxUnavailable: '导出功能（XLSX、CSV、JSON 和复制）尚未下载到本机，现在无法加载（可能处于离线状态）。请联网后再点一次；下载过一次后离线也可使用。',
    exportHint: '导出当前筛选后显示的行。',
    statusLoading: '正在加载解析引擎……',
    statusReady: '就绪。粘贴报告文本即可开始。',
    statusParsing: '正在解析……',
    statusRows: '识别出 {n} 项指标',
    statusRowsFiltered: '识别出 {n} 项指标，显示 {shown} 项',
    statusEmpty: '没有文本。',
    copied: '已复制 {n} 行，可粘贴到 Excel 或 WPS。',
    copyFailed: '无法访问剪贴板。',
    downloaded: '已下载 {name}',
    loadError: '解析引擎加载失败：{msg}。请刷新页面重试；如果问题持续，请使用较新的 Chrome、Edge、Firefox 或 Safari。',
    parseError: '解析失败：{msg}',
    fileError: '无法读取文件：{msg}',
    fileLoaded: '已打开 {name}（{enc}）',
    notSaved: '文本太大，无法保存在浏览器中；刷新后需要重新粘贴。',
    cleared: '已清除文本（浏览器中保存的副本也已删除）。',
    updateAvailable: '有新版本可用。',
    updateReload: '刷新',
    offlineReady: '已可离线使用。',
    privacy: '隐私：文本只保存在本浏览器（localStorage）中，点击“清除文本”即可删除。页面不向任何服务器发送数据。',
    rowTitle: '第 {i} 行：{desc}',
    sourceMarkTitle: '→ {desc}',
    footer: '指标 zhibiao {version} · 离线可用',
    'level:nation': '全国',
    'level:province': '省级',
    'level:city': '市级',
    'level:county': '县级',
    'level:district': '区级',
    'kind:work-report': '政府工作报告',
    'kind:plan-report': '计划执行情况报告',
    'kind:news': '新闻',
    'kind:bulletin': '统计公报',
    'kind:other': '其他',
    'note:empty text: nothing to parse': '文本为空，没有可解析的内容。',
    'note:no indicator found in the text': '文本中没有找到指标。',
  },
  en: {
    appTitle: 'zhibiao · indicators from reports',
    tagline: 'Paste a government work report, plan report or statistical bulletin and get its indicator table. Everything runs in your browser; the text never leaves this device.',
    langSwitch: '中文',
    langSwitchLabel: '切换到中文',
    sourceHeading: 'Source text',
    textLabel: 'Report text',
    textPlaceholder: 'Paste the full report here…',
    openFile: 'Open a file',
    trySample: 'Try a sample report',
    clear: 'Clear text',
    pasteAdd: 'Paste adds to the text',
    largeReadOnly: 'Large text: shown read-only (not in the editor).',
    largeNotSaved: 'Large texts are not kept in the browser: open it again after a reload.',
    dropHint: 'Or drop a file here: .txt (UTF-8 or GBK/GB18030), Word .docx, PDF with a text layer, a saved web page (.html).',
    viewEdit: 'Edit',
    viewSource: 'Evidence',
    sourceViewLabel: 'Source with evidence: click a table row to find it',
    sourceEmpty: 'No text yet.',
    tableHeading: 'Indicators',
    metaTitle: 'Title',
    metaRegion: 'Region',
    metaKind: 'Kind',
    metaReports: 'Reviews',
    metaTargets: 'Targets',
    unknown: 'unknown',
    filterCore: 'Core indicators only',
    legendCore: 'Red bar on the left: a core indicator (one with a standard name)',
    dictHeading: 'My indicators',
    dictHint: 'Local indicators (e.g. 特色产业产值): once added, they are found under their standard name. Kept in this browser only; export them as TSV (the format of the CLI\'s --dict).',
    dictName: 'Standard name',
    dictCategory: 'Category',
    dictCategoryPlaceholder: 'e.g. 经济 (may be empty)',
    dictVariants: 'Other names (separated by commas)',
    dictAdd: 'Add',
    dictDelete: 'Delete',
    dictEmpty: 'No indicators of your own yet.',
    dictImport: 'Import TSV',
    dictExport: 'Export TSV',
    dictError: 'My indicators: {msg}',
    filterStatus: 'Status',
    filterCategory: 'Category',
    filterSearch: 'Search',
    searchPlaceholder: 'indicator, standard name or text',
    all: 'All',
    colIndicator: 'Indicator',
    colCanonical: 'Standard name',
    colValue: 'Value',
    colUnit: 'Unit',
    colChange: 'Change',
    colQualifier: 'Qualifier',
    colStatus: 'Status',
    colPeriod: 'Period',
    colCategory: 'Category',
    colEvidence: 'Evidence',
    colCore: 'Core',
    colValueMax: 'Value max',
    colValueQualifier: 'Value qualifier',
    colChangeMax: 'Change max',
    colChangeUnit: 'Change unit',
    colChangeQualifier: 'Change qualifier',
    colPlaceholder: 'Redacted',
    yes: 'yes',
    no: 'no',
    redacted: '(redacted)',
    actual: 'actual',
    estimate: 'estimate',
    target: 'target',
    approx: 'about',
    atLeast: 'at least',
    atMost: 'at most',
    qualChange: 'change ',
    exportCsv: 'Download CSV',
    copyTsv: 'Copy table (Excel, WPS, Word)',
    exportJson: 'Download JSON',
    exportXlsx: 'Download XLSX',
    xlsxError: 'Could not write the XLSX file: {msg}',
    xlsxUnavailable: 'The export module (XLSX, CSV, JSON and copying) has not been downloaded to this device yet and cannot be loaded now (you may be offline). Try again when online; once downloaded it works offline too.',
    exportHint: 'Exports the rows shown by the filters.',
    statusLoading: 'Loading the parser…',
    statusReady: 'Ready. Paste a report to start.',
    statusParsing: 'Parsing…',
    statusRows: '{n} indicators found',
    statusRowsFiltered: '{n} indicators found, {shown} shown',
    statusEmpty: 'No text.',
    copied: '{n} rows copied: paste them into Excel or WPS.',
    copyFailed: 'Cannot reach the clipboard.',
    downloaded: 'Downloaded {name}',
    loadError: 'The parser failed to load: {msg}. Reload the page; if it persists, use a recent Chrome, Edge, Firefox or Safari.',
    parseError: 'Parsing failed: {msg}',
    fileError: 'Cannot read the file: {msg}',
    fileLoaded: 'Opened {name} ({enc})',
    notSaved: 'The text is too large to keep in the browser; paste it again after a reload.',
    cleared: 'Text cleared (the copy kept in this browser too).',
    updateAvailable: 'A new version is available.',
    updateReload: 'Reload',
    offlineReady: 'Ready to work offline.',
    privacy: 'Privacy: the text is kept only in this browser (localStorage); “Clear text” removes it. The page sends nothing to any server.',
    rowTitle: 'Row {i}: {desc}',
    sourceMarkTitle: '→ {desc}',
    footer: 'zhibiao {version} · works offline',
    'level:nation': 'nation',
    'level:province': 'province',
    'level:city': 'city',
    'level:county': 'county',
    'level:district': 'district',
    'kind:work-report': 'government work report',
    'kind:plan-report': 'plan implementation report',
    'kind:news': 'news',
    'kind:bulletin': 'statistical bulletin',
    'kind:other': 'other',
    'note:empty text: nothing to parse': 'The text is empty: nothing to parse.',
    'note:no indicator found in the text': 'No indicator found in the text.',
  },
};

// The parser's categories (src/lexicon/indicators.rs) in English; a category
// not listed (e.g. from a user's dictionary) is shown as written.
const CATEGORIES_EN = {
  经济: 'Economy',
  工业: 'Industry',
  农业: 'Agriculture',
  投资: 'Investment',
  消费: 'Consumption',
  外贸: 'Foreign trade',
  财政: 'Public finance',
  收入: 'Income',
  就业: 'Employment',
  民生: 'Livelihood',
  生态: 'Environment',
  科技: 'Science & tech',
  政务: 'Government',
  其他: 'Other',
};

const STORAGE_KEY = 'zhibiao.lang';
let current = 'zh';

export function initialLanguage() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && saved in STRINGS) return saved;
  } catch {
    // Storage may be disabled; Chinese is the default.
  }
  return 'zh';
}

export function language() {
  return current;
}

/** The string for `key` in the current language, with {name} slots filled. */
export function t(key, slots = {}) {
  const template = STRINGS[current][key] ?? STRINGS.zh[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(slots[name] ?? ''));
}

/** A note from the parser in the current language (unknown notes as written). */
export function noteText(note) {
  const key = 'note:' + note;
  return STRINGS[current][key] ?? note;
}

/** A category as the current language names it. */
export function categoryName(category) {
  if (!category) return '';
  return current === 'en' ? (CATEGORIES_EN[category] ?? category) : category;
}

export function setLanguage(lang, root = document) {
  current = lang in STRINGS ? lang : 'zh';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // Not remembered, still applied.
  }
  applyLanguage(root);
}

export function applyLanguage(root = document) {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  document.title = t('appTitle');
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const [attr, data] of [
    ['aria-label', 'i18nLabel'],
    ['placeholder', 'i18nPlaceholder'],
    ['title', 'i18nTitle'],
  ]) {
    for (const el of root.querySelectorAll(`[data-${data.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}]`)) {
      el.setAttribute(attr, t(el.dataset[data]));
    }
  }
}
