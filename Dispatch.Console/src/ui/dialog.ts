// Modal-less dialog box used for the help overlay and the new-call form; Esc closes the top one.
import { h, tx } from './dom';
import type { MessageKey } from '../i18n';

export interface Dialog {
  element: HTMLElement;
  body: HTMLElement;
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

export function createDialog(title: MessageKey, extraClass = '', onClose?: () => void): Dialog {
  const body = h('div', { class: 'dialog-body' });
  const closeBtn = h('button', { type: 'button', class: 'btn btn-ghost dialog-close', 'data-i18n-title': 'help.close', 'aria-label': 'close' }, '×');
  const element = h('section', { class: `dialog ${extraClass}`, role: 'dialog', 'aria-modal': 'false', hidden: true },
    h('header', { class: 'dialog-head' }, tx(title, 'h2'), closeBtn), body);
  const dialog: Dialog = {
    element,
    body,
    open() {
      element.hidden = false;
      const first = element.querySelector<HTMLElement>('input, select, textarea, button:not(.dialog-close)');
      first?.focus();
    },
    close() {
      if (element.hidden) return;
      element.hidden = true;
      onClose?.();
    },
    get isOpen() {
      return !element.hidden;
    },
  };
  closeBtn.addEventListener('click', () => dialog.close());
  return dialog;
}
