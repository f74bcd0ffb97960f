// Dispatcher's work queue: open 120 calls (queued ones first) and open green-channel referrals.
import { h } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { referralCard } from './labels';
import type { ReferralStore } from './store';
import { TERMINAL_STATES } from './types';
import type { CallStore } from '../calls/store';
import type { CallSummary } from '../calls/api';
import { callCard } from '../calls/call-card';
import type { FleetStore } from '../fleet/store';

export interface QueueDeps {
  referrals: ReferralStore;
  calls: CallStore;
  fleet: FleetStore;
  names: (id: string | null | undefined) => string;
  onLocateCall: (call: CallSummary) => void;
}

export function createQueuePanel({ referrals, calls, fleet, names, onLocateCall }: QueueDeps) {
  const callHead = h('h3', { class: 'queue-head' });
  const callList = h('div', { class: 'ref-list' });
  const callEmpty = h('div', { class: 'empty-state' });
  const refHead = h('h3', { class: 'queue-head' });
  const refList = h('div', { class: 'ref-list' });
  const refEmpty = h('div', { class: 'empty-state' });
  const element = h('section', { class: 'panel queue-panel' }, callHead, callList, callEmpty, refHead, refList, refEmpty);
  let failed = false;

  const render = (): void => {
    // Don't rebuild under the dispatcher's hand while a vehicle is being picked.
    if (element.contains(document.activeElement) && document.activeElement?.tagName === 'SELECT') return;
    const openCalls = calls.list();
    callHead.textContent = `${t('queue.calls')} (${calls.available ? openCalls.length : '—'})`;
    callList.replaceChildren(...openCalls.map((c) => callCard(c, fleet, onLocateCall, (saved) => calls.upsert(saved))));
    callEmpty.hidden = openCalls.length > 0;
    callEmpty.textContent = calls.available ? t('queue.callsEmpty') : t('queue.unavailable');

    const open = referrals.list().filter((r) => !TERMINAL_STATES.has(r.state ?? ''));
    refHead.textContent = `${t('queue.referrals')} (${referrals.available ? open.length : '—'})`;
    refList.replaceChildren(...open.map((r) => {
      const card = referralCard(r, names);
      card.tabIndex = 0;
      return card;
    }));
    refEmpty.hidden = open.length > 0;
    refEmpty.textContent = failed ? t('queue.loadFailed') : !referrals.available ? t('queue.unavailable') : t('queue.empty');
    refEmpty.classList.toggle('error-text', failed);
  };
  let pending = 0;
  const schedule = (): void => {
    if (!pending) pending = window.setTimeout(() => { pending = 0; render(); }, 300);
  };
  const offs = [referrals.subscribe(schedule), calls.subscribe(schedule), onLangChange(render),
    // Vehicle availability changes the assign choices.
    fleet.subscribe((c) => (c.reset || c.restyled.length ? schedule() : undefined))];
  // Ages ("3 分钟前") go stale on their own.
  const timer = window.setInterval(render, 30000);
  render();
  return {
    element,
    refresh: render,
    setError(value: boolean) {
      failed = value;
      render();
    },
    dispose() {
      offs.forEach((off) => off());
      window.clearInterval(timer);
      window.clearTimeout(pending);
    },
  };
}
