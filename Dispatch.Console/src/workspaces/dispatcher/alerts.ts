// Escalation alerts: a big banner for the newest unacknowledged one, and a history list in the side panel.
import { append, h } from '../../ui/dom';
import { chime } from '../../ui/chime';
import { formatTime, onLangChange, t, tOr } from '../../i18n';
import type { AlertEvent } from '../../realtime/events';

interface AlertEntry extends AlertEvent {
  at: Date;
  acknowledged: boolean;
  /** A title of its own (the priority-1 alert), worded in the current language. */
  title?: () => string;
  /** Sounds again every 20 s until acknowledged (a priority-1 or red-tier patient nobody has taken). */
  repeat?: boolean;
}

/** An alert about one referral: replaces that referral's unacknowledged alert, and may repeat its chime. */
export interface LiveAlert extends AlertEvent {
  title?: () => string;
  repeat?: boolean;
}

/** How often an unacknowledged priority-1 alert sounds again. */
const REPEAT_MS = 20000;

const MAX_KEPT = 50;

export function createAlerts(onOpenReferral: (id: string) => void) {
  const entries: AlertEntry[] = [];
  const banner = h('div', { class: 'alert-banner', role: 'alert', hidden: true });
  const list = h('ul', { class: 'alert-list' });
  const empty = h('div', { class: 'empty-state' });
  const panel = h('section', { class: 'panel alerts-panel' }, list, empty);
  const listeners = new Set<() => void>();

  const kindLabel = (kind: string): string => tOr(`alertKind.${kind}`, tOr(`ref.state.${kind}`, kind));
  const text = (e: AlertEntry): string => e.describe?.() ?? e.message;
  const titleOf = (e: AlertEntry): string => e.title?.() ?? kindLabel(e.kind);
  // The banner counts its chimes (data-chimes), so whoever looks at it can tell the alert was also heard.
  const sound = (): void => {
    chime(true);
    banner.dataset.chimes = String(Number(banner.dataset.chimes ?? 0) + 1);
  };
  // A priority-1 patient nobody has taken must not wait on a missed chime: it sounds again until acknowledged.
  const repeat = window.setInterval(() => {
    if (entries.some((e) => !e.acknowledged && e.repeat)) sound();
  }, REPEAT_MS);

  const acknowledge = (entry: AlertEntry): void => {
    entry.acknowledged = true;
    render();
  };

  const render = (): void => {
    const pending = entries.filter((e) => !e.acknowledged);
    const top = pending[0];
    banner.hidden = !top;
    if (top) {
      const dismiss = h('button', { type: 'button', class: 'btn btn-light' }, t('alerts.dismiss'));
      dismiss.addEventListener('click', () => acknowledge(top));
      const target = top.referralId ?? top.callId ?? undefined;
      const open = target
        ? h('button', { type: 'button', class: 'btn btn-light' }, t('alerts.open'))
        : null;
      open?.addEventListener('click', () => {
        acknowledge(top);
        if (target) onOpenReferral(target);
      });
      banner.replaceChildren();
      banner.dataset.kind = top.kind;
      banner.dataset.referral = top.referralId ?? '';
      append(banner,
        h('span', { class: 'alert-icon', 'aria-hidden': 'true' }, '!'),
        h('div', { class: 'alert-text' }, h('strong', {}, titleOf(top)), h('span', {}, text(top))),
        pending.length > 1 ? h('span', { class: 'alert-more' }, `+${pending.length - 1}`) : null,
        open, dismiss);
    }
    list.replaceChildren(...entries.map((e) => h('li', { class: `alert-item${e.acknowledged ? ' is-ack' : ''}`, 'data-kind': e.kind },
      h('time', { class: 'muted' }, formatTime(e.at, false)), h('strong', {}, titleOf(e)), h('span', {}, text(e)))));
    empty.hidden = entries.length > 0;
    empty.textContent = t('alerts.empty');
    for (const l of listeners) l();
  };

  const offLang = onLangChange(render);
  render();
  return {
    banner,
    panel,
    push(alert: AlertEvent) {
      if (!alert || typeof alert.message !== 'string') return;
      entries.unshift({ ...alert, kind: String(alert.kind ?? ''), at: new Date(), acknowledged: false });
      sound();
      entries.length = Math.min(entries.length, MAX_KEPT);
      render();
    },
    /** An alert about a referral replaces that referral's unacknowledged one, so the banner shows its latest state. */
    pushLive(alert: LiveAlert) {
      for (const e of entries) {
        if (!e.acknowledged && e.referralId && e.referralId === alert.referralId) e.acknowledged = true;
      }
      entries.unshift({ ...alert, at: new Date(), acknowledged: false });
      sound();
      entries.length = Math.min(entries.length, MAX_KEPT);
      render();
    },
    /** Esc: acknowledge the alert on top. Returns whether there was one. */
    acknowledgeTop(): boolean {
      const top = entries.find((e) => !e.acknowledged);
      if (!top) return false;
      acknowledge(top);
      return true;
    },
    unacknowledged(): number {
      return entries.filter((e) => !e.acknowledged).length;
    },
    onChange(listener: () => void) {
      listeners.add(listener);
    },
    dispose() {
      offLang();
      window.clearInterval(repeat);
    },
  };
}
