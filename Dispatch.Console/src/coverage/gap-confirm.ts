// The extra confirmation before a township's last available ambulance leaves it, for every way of sending one (a
// call's or a referral's vehicle, and replacing either): the server refuses with 409 coverageGap naming the gap, the
// dispatcher reads it and either sends anyway (the command is resent confirming that township) or keeps the ambulance.
import { h } from '../ui/dom';
import { t } from '../i18n';
import { ApiError } from '../auth/http';
import { gapText } from './labels';
import type { CoverageGap } from './types';

/** The gap a refusal names, when it is the coverage-gap refusal. */
export function gapOfRefusal(err: unknown): CoverageGap | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const problem = err.problem as { code?: unknown; gap?: CoverageGap } | null;
  return problem?.code === 'coverageGap' && problem.gap ? problem.gap : null;
}

/** Asks in a dialog of its own; resolves true to send anyway. */
export function askGapConfirmation(gap: CoverageGap): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = h('button', { type: 'button', class: 'btn btn-danger gap-send' }, t('cov.gapSend'));
    const no = h('button', { type: 'button', class: 'btn btn-ghost gap-keep' }, t('cov.gapCancel'));
    const overlay = h('div', { class: 'reason-dialog gap-dialog', role: 'alertdialog', 'aria-modal': 'true' },
      h('div', { class: 'reason-form gap-confirm' }, h('h2', {}, t('cov.gapTitle')), h('div', { class: 'gap-text' }, gapText(gap)),
        h('div', { class: 'form-actions' }, yes, no)));
    const close = (send: boolean): void => {
      overlay.remove();
      document.removeEventListener('keydown', onKey, true);
      resolve(send);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close(false);
    };
    yes.addEventListener('click', () => close(true));
    no.addEventListener('click', () => close(false));
    document.addEventListener('keydown', onKey, true);
    document.body.append(overlay);
    no.focus();
  });
}

/**
 * Sends a command; when the server answers that it leaves a coverage gap, asks and resends confirming that township.
 * Resolves null when the dispatcher keeps the ambulance; any other refusal rejects as it came.
 */
export async function sendConfirmingGap<T>(send: (confirmCoverageGap?: string) => Promise<T>): Promise<T | null> {
  try {
    return await send();
  } catch (err) {
    const gap = gapOfRefusal(err);
    if (!gap) throw err;
    if (!(await askGapConfirmation(gap))) return null;
    return await send(gap.zoneId);
  }
}
