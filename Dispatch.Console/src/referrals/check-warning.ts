// A hospital that fails its check now (an offer's hospital-check-failed, an acceptance's no-free-bed) is asked only
// once the person has read why: the 409 names the failed check, and a warning line offers to go ahead or go back.
import { h } from '../ui/dom';
import { t } from '../i18n';
import { ApiError } from '../auth/http';
import type { HospitalExclusion } from './types';

/** The check a 409 with this code names; null for any other failure. */
export function failedCheck(err: unknown, code: 'hospital-check-failed' | 'no-free-bed'): HospitalExclusion | null {
  const problem = err instanceof ApiError ? (err.problem as { code?: unknown; exclusion?: HospitalExclusion } | null) : null;
  return problem?.code === code && problem.exclusion ? problem.exclusion : null;
}

/** Shows `text` in `box` with a button that goes ahead anyway and one that goes back; either hides the line. */
export function showCheckWarning(box: HTMLElement, text: string, ahead: { label: string; className: string; go(): void }, back: () => void = () => undefined): void {
  const confirm = h('button', { type: 'button', class: `btn btn-danger btn-small ${ahead.className}` }, ahead.label);
  const cancel = h('button', { type: 'button', class: 'btn btn-ghost btn-small' }, t('gc.override.back'));
  cancel.addEventListener('click', () => { box.hidden = true; back(); });
  confirm.addEventListener('click', () => { confirm.disabled = true; box.hidden = true; ahead.go(); });
  box.replaceChildren(h('span', {}, text), confirm, cancel);
  box.hidden = false;
}
