// The dialog where a row is corrected: one labelled field per editable cell,
// read back into row fields (edits.js parses and checks them). A native
// <dialog>: modal, Escape closes it, focus goes back to where it was.
import { t, applyLanguage } from './i18n.js';
import { parseRange, isPeriod } from './edits.js';
import { asWritten } from './export.js';

let dialog = null;

const FIELDS = [
  { name: 'indicator', label: 'colIndicator' },
  { name: 'canonical', label: 'colCanonical' },
  { name: 'value', label: 'colValue', hint: 'editRangeHint' },
  { name: 'unit', label: 'colUnit' },
  { name: 'change', label: 'colChange', hint: 'editChangeHint' },
  { name: 'changeUnit', label: 'editChangeUnit' },
  { name: 'status', label: 'colStatus', options: ['actual', 'estimate', 'target'] },
  { name: 'period', label: 'colPeriod', hint: 'editPeriodHint' },
];

function build() {
  dialog = document.createElement('dialog');
  dialog.id = 'edit-dialog';
  dialog.className = 'edit-dialog';
  dialog.setAttribute('aria-labelledby', 'edit-title');
  const form = document.createElement('form');
  form.method = 'dialog';
  form.noValidate = true;
  const title = document.createElement('h2');
  title.id = 'edit-title';
  const evidence = document.createElement('p');
  evidence.className = 'edit-evidence';
  form.append(title, evidence);
  for (const field of FIELDS) {
    const label = document.createElement('label');
    const name = document.createElement('span');
    name.dataset.i18n = field.label;
    let input;
    if (field.options) {
      input = document.createElement('select');
      for (const value of field.options) {
        const option = new Option('', value);
        option.dataset.i18n = value;
        input.append(option);
      }
    } else {
      input = document.createElement('input');
      input.autocomplete = 'off';
      if (field.hint) input.dataset.i18nPlaceholder = field.hint;
    }
    input.name = field.name;
    label.append(name, input);
    form.append(label);
  }
  const error = document.createElement('p');
  error.className = 'edit-error';
  error.setAttribute('role', 'alert');
  const buttons = document.createElement('div');
  buttons.className = 'toolbar';
  for (const [value, key, cls] of [
    ['save', 'editSave', 'button'],
    ['reset', 'editReset', 'button quiet'],
    ['cancel', 'editCancel', 'button quiet'],
  ]) {
    const button = document.createElement('button');
    button.value = value;
    button.className = cls;
    button.dataset.i18n = key;
    if (value === 'cancel') button.formNoValidate = true;
    buttons.append(button);
  }
  form.append(error, buttons);
  dialog.append(form);
  document.body.append(dialog);
  return dialog;
}

const rangeText = (min, max, evidence) =>
  min === null || min === undefined ? '' : max === null || max === undefined ? asWritten(min, evidence) : `${asWritten(min, evidence)}-${asWritten(max, evidence)}`;

/** The form's fields from a row as the table shows it. */
function fill(form, row) {
  const evidence = (converted) => (converted ? '' : row.evidence);
  form.elements.indicator.value = row.indicator ?? '';
  form.elements.canonical.value = row.canonical ?? '';
  form.elements.value.value = row.placeholder && row.value === null ? '' : rangeText(row.value, row.valueMax, evidence(row.valueConverted));
  form.elements.unit.value = row.unit ?? '';
  form.elements.change.value = rangeText(row.change, row.changeMax, evidence(row.changeConverted));
  form.elements.changeUnit.value = row.changeUnit ?? '';
  form.elements.status.value = row.status;
  form.elements.period.value = row.period ?? '';
}

/** The row fields typed, or { error, field } for the first one that cannot be read. */
function read(form) {
  const text = (name) => form.elements[name].value.trim();
  const value = parseRange(text('value'));
  if (value === undefined) return { error: t('editBadNumber'), field: 'value' };
  const change = parseRange(text('change'));
  if (change === undefined) return { error: t('editBadNumber'), field: 'change' };
  if (!text('indicator')) return { error: t('editNoIndicator'), field: 'indicator' };
  const period = text('period');
  if (period && !isPeriod(period)) return { error: t('editBadPeriod'), field: 'period' };
  return {
    fields: {
      indicator: text('indicator'),
      canonical: text('canonical') || null,
      value: value[0],
      valueMax: value[1],
      unit: text('unit') || null,
      change: change[0],
      changeMax: change[1],
      changeUnit: text('changeUnit') || null,
      status: text('status'),
      period: period || null,
    },
  };
}

/**
 * Opens the dialog for `row` (row number `n`); resolves to { action: 'save',
 * fields } with every field as typed, { action: 'reset' } or null (cancelled).
 */
export function editRow(row, n) {
  dialog ??= build();
  applyLanguage(dialog);
  const form = dialog.querySelector('form');
  dialog.querySelector('#edit-title').textContent = t('editTitle', { i: n });
  dialog.querySelector('.edit-evidence').textContent = row.evidence;
  const error = dialog.querySelector('.edit-error');
  error.textContent = '';
  for (const input of form.elements) input.removeAttribute('aria-invalid');
  fill(form, row);
  return new Promise((resolve) => {
    const onSubmit = (event) => {
      const action = event.submitter?.value ?? 'save';
      if (action !== 'save') return;
      const typed = read(form);
      if (typed.error) {
        event.preventDefault();
        error.textContent = typed.error;
        const input = form.elements[typed.field];
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      }
    };
    const onClose = () => {
      form.removeEventListener('submit', onSubmit);
      const action = dialog.returnValue;
      dialog.returnValue = '';
      if (action === 'save') resolve({ action, fields: read(form).fields });
      else if (action === 'reset') resolve({ action });
      else resolve(null);
    };
    form.addEventListener('submit', onSubmit);
    dialog.addEventListener('close', onClose, { once: true });
    dialog.showModal();
    form.elements.value.focus();
  });
}
