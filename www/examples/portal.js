// The host page listens to the element like to any other: a summary line
// from the `zhibiao-parsed` event.
const summary = document.getElementById('summary');
document.getElementById('report').addEventListener('zhibiao-parsed', (event) => {
  const report = event.detail;
  const title = report.meta.title ?? '本报告';
  summary.textContent = `${title}：共提取核心指标 ${report.rows.length} 项。`;
});
