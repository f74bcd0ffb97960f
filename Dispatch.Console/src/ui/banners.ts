// Banners: the connection-lost strip, the big escalation alert, and short toasts for confirmations.
import { h } from './dom';
import { onLangChange, t, type MessageKey } from '../i18n';
import type { ConnectionState } from '../realtime/events';

/** Shown while the hub is away; hidden when it is back. */
export function connectionBanner(): { element: HTMLElement; set(state: ConnectionState): void; dispose(): void } {
  const element = h('div', { class: 'conn-banner', role: 'alert', hidden: true });
  let state: ConnectionState = 'connecting';
  const render = (): void => {
    const down = state === 'reconnecting' || state === 'disconnected';
    element.hidden = !down;
    element.textContent = state === 'disconnected' ? `${t('conn.banner')} ${t('conn.bannerDown')}` : t('conn.banner');
  };
  const off = onLangChange(render);
  return {
    element,
    set(next) {
      state = next;
      render();
    },
    dispose: off,
  };
}

let toastHost: HTMLElement | null = null;
// A toast is raised in one language; a switch clears the ones on screen rather than leave the other language showing.
onLangChange(() => toastHost?.replaceChildren());

/** A short message at the bottom of the screen; errors stay longer. */
export function toast(message: string, kind: 'info' | 'success' | 'error' = 'info'): void {
  if (!toastHost || !toastHost.isConnected) {
    toastHost = h('div', { class: 'toast-host', 'aria-live': 'polite' });
    document.body.appendChild(toastHost);
  }
  const el = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  toastHost.appendChild(el);
  window.setTimeout(() => el.remove(), kind === 'error' ? 8000 : 4000);
}

export function toastKey(key: MessageKey, kind: 'info' | 'success' | 'error' = 'info'): void {
  toast(t(key), kind);
}
