// Units on demand: money in 亿元 or 万元, people in 万人 or 人, across the
// table and the exports. The conversion is the Rust renderer's
// (src/render/units.rs): the exports pass the choice to render(), and the
// table asks the same code for its rows (as JSON), so both always
// agree. The evidence (依据) keeps the report's own wording.
import { renderReport } from './engine.js';

const STORE_KEY = 'zhibiao.units';
export const MONEY = ['', '亿元', '万元'];
export const PEOPLE = ['', '万人', '人'];

/** The choice kept in the browser: { money, people }, '' for "as written". */
export function savedUnits() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}');
    return {
      money: MONEY.includes(saved?.money) ? saved.money : '',
      people: PEOPLE.includes(saved?.people) ? saved.people : '',
    };
  } catch {
    return { money: '', people: '' };
  }
}

export function saveUnits(units) {
  try {
    if (units.money || units.people) localStorage.setItem(STORE_KEY, JSON.stringify(units));
    else localStorage.removeItem(STORE_KEY);
  } catch {
    // Not remembered; still applied.
  }
}

export const isAsWritten = (units) => !units.money && !units.people;

/** The options render() and toXlsx() take for the choice. */
export function renderOptions(units) {
  return { money: units.money || null, people: units.people || null };
}

const NUMBERS = ['value', 'valueMax', 'unit', 'change', 'changeMax', 'changeUnit'];

/**
 * `rows` with their values in `units`, by the renderer: a row that changed
 * is a copy marked `valueConverted` / `changeConverted` (those numbers are
 * no longer the ones the evidence writes), without cells. Resolves to `rows` itself when nothing is chosen.
 */
export async function convertRows(rows, units) {
  if (isAsWritten(units) || !rows.length) return rows;
  const slim = rows.map((row) => {
    const part = {};
    for (const key of NUMBERS) part[key] = row[key];
    return part;
  });
  const json = await renderReport({ meta: /** @type {any} */ ({}), rows: /** @type {any[]} */ (slim), notes: [] }, { format: 'json', ...renderOptions(units) });
  const converted = JSON.parse(json).rows;
  return rows.map((row, i) => {
    const after = converted[i];
    const moved = (keys) => keys.some((key) => after[key] !== (row[key] ?? null));
    const value = moved(NUMBERS.slice(0, 3));
    const change = moved(NUMBERS.slice(3));
    if (!value && !change) return row;
    const copy = { ...row, valueConverted: value, changeConverted: change };
    for (const key of NUMBERS) copy[key] = after[key];
    delete copy.cells; // written anew by the library, in the unit shown (editing.js)
    return copy;
  });
}
