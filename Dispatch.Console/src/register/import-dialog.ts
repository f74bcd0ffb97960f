// Ledger import: pick an XLSX or CSV file, send it, show the report row by row (nothing is imported if any row is wrong).
import { h, tx } from '../ui/dom';
import { t } from '../i18n';
import { createDialog, type Dialog } from '../ui/dialog';
import { importLedger } from './api';
import { problemText } from './labels';
import type { RowProblem } from './types';

export function createImportDialog(onImported: () => void): Dialog {
  const dialog = createDialog('reg.importTitle', 'reg-import-dialog');
  const file = h('input', { type: 'file', name: 'ledger', accept: '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv' });
  const status = h('div', { class: 'form-status', role: 'status', hidden: true });
  const report = h('div', { class: 'reg-import-report' });
  const table = (problems: RowProblem[], cls: string): HTMLElement => h('table', { class: `reg-table ${cls}` },
    h('thead', {}, h('tr', {}, tx('reg.report.row', 'th'), tx('reg.report.field', 'th'), tx('reg.report.reason', 'th'))),
    h('tbody', {}, ...problems.map((p) => {
      const text = problemText(p);
      return h('tr', { 'data-row': p.row, 'data-field': p.field, 'data-reason': p.reason }, h('td', {}, String(p.row)), h('td', {}, text.field), h('td', {}, text.reason));
    })));
  const show = (text: string, kind: 'error' | 'success' | 'info'): void => {
    status.hidden = false;
    status.className = `form-status status-${kind}`;
    status.textContent = text;
  };

  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    report.replaceChildren();
    show(t('reg.importing'), 'info');
    importLedger(chosen)
      .then(({ ok, report: r, problem }) => {
        if (!r) { show(problem === 'unreadable-file' ? t('reg.importUnreadable') : t('err.generic'), 'error'); return; }
        if (ok) {
          show(t('reg.importDone', { n: r.imported, s: r.skipped.length }), 'success');
          if (r.skipped.length) report.append(tx('reg.report.skipped', 'h3'), table(r.skipped, 'reg-skipped'));
          onImported();
        } else {
          show(t('reg.importFailed', { n: r.errors.length }), 'error');
          report.append(table(r.errors, 'reg-errors'));
        }
      })
      .catch(() => show(t('err.generic'), 'error'))
      .finally(() => { file.value = ''; });
  });
  dialog.body.append(h('label', { class: 'field' }, tx('reg.importChoose', 'span', { class: 'field-label' }), file), status, report);
  return dialog;
}
