// The dialog where a row is corrected: one labelled field per editable cell,
// read back into row fields. Numbers and periods are written and read by the
// library (the worker's on-demand module: render/cells.rs, typed.rs), not
// here. A native <dialog>: modal, Escape closes it, focus goes back to where
// it was.
import { t, applyLanguage } from './i18n.js';
import { editTexts, readEdit } from './engine.js';

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

/**
 * The form's fields from a row as the table shows it.
 * @param {HTMLFormElement} form
 * @param {any} row
 */
async function fill(form, row) {
  const field = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
  const { value, change } = await editTexts(row);
  field('indicator').value = row.indicator ?? '';
  field('canonical').value = row.canonical ?? '';
  field('value').value = value;
  field('unit').value = row.unit ?? '';
  field('change').value = change;
  field('changeUnit').value = row.changeUnit ?? '';
  field('status').value = row.status;
  field('period').value = row.period ?? '';
}

/**
 * The row fields typed, or { error, field } for the first one that cannot be read.
 * @param {HTMLFormElement} form
 */
async function read(form) {
  const text = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value.trim();
  const typed = await readEdit({ value: text('value'), change: text('change'), period: text('period') });
  if (!typed.value) return { error: t('editBadNumber'), field: 'value' };
  if (!typed.change) return { error: t('editBadNumber'), field: 'change' };
  if (!text('indicator')) return { error: t('editNoIndicator'), field: 'indicator' };
  if (!typed.period) return { error: t('editBadPeriod'), field: 'period' };
  const period = text('period');
  return {
    fields: {
      indicator: text('indicator'),
      canonical: text('canonical') || null,
      value: typed.value[0],
      valueMax: typed.value[1],
      unit: text('unit') || null,
      change: typed.change[0],
      changeMax: typed.change[1],
      changeUnit: text('changeUnit') || null,
      status: text('status'),
      period: period || null,
    },
  };
}

/**
 * Opens the dialog for `row` (row number `n`); resolves to { action: 'save',
 * fields } with every field as typed, { action: 'reset' } or null (cancelled).
 * Saving waits for the library to read the fields; one it cannot read is
 * marked and the dialog stays open. `apply(answer)`, when given, runs before
 * the dialog closes on a save or a reset, and the dialog waits for it.
 * @param {any} row
 * @param {number} n
 * @param {(answer: { action: 'save', fields: object } | { action: 'reset' }) => Promise<void>} [apply]
 * @returns {Promise<{ action: 'save', fields: object } | { action: 'reset' } | null>}
 */
export async function editRow(row, n, apply = async () => {}) {
  dialog ??= build();
  applyLanguage(dialog);
  const form = dialog.querySelector('form');
  dialog.querySelector('#edit-title').textContent = t('editTitle', { i: n });
  dialog.querySelector('.edit-evidence').textContent = row.evidence;
  const error = dialog.querySelector('.edit-error');
  error.textContent = '';
  for (const input of form.elements) input.removeAttribute('aria-invalid');
  await fill(form, row);
  return new Promise((resolve) => {
    /** @type {{ action: 'save', fields: object } | { action: 'reset' } | null} */
    let saved = null;
    /** @param {SubmitEvent} event */
    const onSubmit = async (event) => {
      const action = /** @type {HTMLButtonElement | null} */ (event.submitter)?.value ?? 'save';
      if (action === 'reset') {
        event.preventDefault();
        saved = { action };
        await apply(saved);
        resolve(saved);
        dialog.close('reset');
        return;
      }
      if (action !== 'save') return;
      event.preventDefault();
      const typed = await read(form);
      if ('error' in typed) {
        error.textContent = typed.error;
        const input = /** @type {HTMLInputElement} */ (form.elements.namedItem(typed.field));
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      // Applied before the dialog closes: the table shows the edit as the dialog goes.
      saved = { action: 'save', fields: typed.fields };
      await apply(saved);
      resolve(saved);
      dialog.close('save');
    };
    const onClose = () => {
      form.removeEventListener('submit', onSubmit);
      const action = dialog.returnValue;
      dialog.returnValue = '';
      if (saved) return;
      if (action === 'reset') resolve({ action });
      else resolve(null);
    };
    form.addEventListener('submit', onSubmit);
    dialog.addEventListener('close', onClose, { once: true });
    dialog.showModal();
    /** @type {HTMLInputElement} */ (form.elements.namedItem('value')).focus();
  });
}
