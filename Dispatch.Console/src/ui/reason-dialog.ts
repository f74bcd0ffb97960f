// Confirmation with a reason for actions that destroy or override (cancel, fail, reassign, escalate): the dispatcher
// picks a listed reason (sent as its code, so every language shows it translated) or types one.
import { h } from './dom';
import { t, tOr, type MessageKey } from '../i18n';

export interface ReasonRequest {
  title: string;
  /** Listed reasons, as codes (reason.<code> names their text). */
  reasons: readonly string[];
  confirm: MessageKey;
  destructive?: boolean;
  /** Extra fields shown above the reason (e.g. the vehicle to send instead); read when confirmed. */
  extra?: HTMLElement;
  /** Checked on confirm; a message key when something is missing. */
  validate?: () => MessageKey | null;
}

/** The text of a stored reason: a listed code translated, anything typed as it was typed. */
export function reasonText(reason: string | null | undefined): string {
  if (!reason) return '';
  return tOr(`reason.${reason}`, tOr(`hospital.reason.${reason}`, reason));
}

/** Resolves with the reason, or null when the dispatcher backs out. */
export function askReason(request: ReasonRequest): Promise<string | null> {
  return new Promise((resolve) => {
    const choices = h('div', { class: 'reason-choices', role: 'radiogroup', 'aria-label': t('act.reasonLabel') },
      ...request.reasons.map((code) => h('label', { class: 'check' },
        h('input', { type: 'radio', name: 'reason', value: code }), h('span', {}, reasonText(code)))),
      h('label', { class: 'check' }, h('input', { type: 'radio', name: 'reason', value: '' }), h('span', {}, t('act.reasonOther'))));
    const typed = h('input', { class: 'input', name: 'reasonText', maxlength: 300, autocomplete: 'off', placeholder: t('act.reasonTyped') });
    const error = h('div', { class: 'form-error', role: 'alert', hidden: true });
    const confirm = h('button', { type: 'submit', class: `btn ${request.destructive ? 'btn-danger' : 'btn-primary'} reason-confirm` }, t(request.confirm));
    const back = h('button', { type: 'button', class: 'btn btn-ghost' }, t('act.back'));
    const form = h('form', { class: 'reason-form', novalidate: true },
      h('h2', {}, request.title),
      request.destructive ? h('p', { class: 'muted' }, t('act.warn.destroy')) : null,
      request.extra ?? null,
      h('div', { class: 'field' }, h('span', {}, t('act.reasonLabel')), choices, typed),
      error,
      h('div', { class: 'form-actions' }, confirm, back));
    const overlay = h('div', { class: 'reason-dialog', role: 'dialog', 'aria-modal': 'true' }, form);

    const close = (value: string | null): void => {
      overlay.remove();
      document.removeEventListener('keydown', onKey, true);
      resolve(value);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close(null);
    };
    typed.addEventListener('input', () => {
      const other = choices.querySelector<HTMLInputElement>('input[value=""]');
      if (other && typed.value) other.checked = true;
    });
    back.addEventListener('click', () => close(null));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const missing = request.validate?.();
      if (missing) {
        error.textContent = t(missing);
        error.hidden = false;
        return;
      }
      const picked = choices.querySelector<HTMLInputElement>('input[name=reason]:checked')?.value ?? '';
      const reason = picked || typed.value.trim();
      if (!reason) {
        error.textContent = t('act.reasonPick');
        error.hidden = false;
        return;
      }
      close(reason);
    });
    document.addEventListener('keydown', onKey, true);
    document.body.append(overlay);
    (overlay.querySelector<HTMLElement>('select, input') ?? confirm).focus();
  });
}
