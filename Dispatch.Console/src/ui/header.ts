// Top bar on every signed-in screen: who is signed in, local clock, live-connection state, language, sign-out.
import { h, tx } from './dom';
import { langSwitch } from './lang-switch';
import { formatDate, formatTime, onLangChange, t, tOr } from '../i18n';
import type { Session } from '../auth/session';
import type { ConnectionState } from '../realtime/events';

export interface HeaderHandle {
  element: HTMLElement;
  setConnection(state: ConnectionState): void;
  /** Extra controls a workspace puts at the right (e.g. the help button). */
  addAction(el: HTMLElement): void;
  dispose(): void;
}

export function createHeader(session: Session, onSignOut: () => void, workspaceTitle: Parameters<typeof tx>[0]): HeaderHandle {
  const clockTime = h('span', { class: 'clock-time' });
  const clockDate = h('span', { class: 'clock-date' });
  const connDot = h('span', { class: 'conn-dot', 'aria-hidden': 'true' });
  const connText = h('span', { class: 'conn-text' });
  const conn = h('div', { class: 'conn', role: 'status', 'aria-live': 'polite' }, connDot, connText);
  const actions = h('div', { class: 'header-actions' });
  const role = h('span', { class: `role-badge role-${session.role}` });
  let connState: ConnectionState = 'connecting';

  const tick = (): void => {
    const now = new Date();
    clockTime.textContent = formatTime(now);
    clockDate.textContent = formatDate(now);
  };
  const relabel = (): void => {
    role.textContent = tOr(`role.${session.role}`, session.role);
    connText.textContent = t(`conn.${connState}`);
    tick();
  };

  const signOut = tx('header.signOut', 'button', { type: 'button', class: 'btn btn-ghost' });
  signOut.addEventListener('click', onSignOut);

  const element = h('header', { class: 'app-header' },
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '120'), tx(workspaceTitle, 'span', { class: 'brand-title' })),
    h('div', { class: 'header-clock' }, clockTime, clockDate),
    conn,
    h('div', { class: 'header-user' }, role, h('span', { class: 'user-name', translate: 'no' }, session.displayName || session.username)),
    actions, langSwitch(), signOut);

  relabel();
  const timer = window.setInterval(tick, 1000);
  const offLang = onLangChange(relabel);

  return {
    element,
    setConnection(state) {
      connState = state;
      conn.dataset.state = state;
      connText.textContent = t(`conn.${state}`);
    },
    addAction(el) {
      actions.appendChild(el);
    },
    dispose() {
      window.clearInterval(timer);
      offLang();
    },
  };
}
