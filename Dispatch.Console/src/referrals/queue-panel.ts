// Dispatcher's work queue: open 120 calls (queued ones first) and open green-channel referrals.
import { h } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { referralCard } from './labels';
import type { ReferralStore } from './store';
import { referralNumber, TERMINAL_STATES, type ReferralSummary } from './types';
import type { Hospital } from '../facilities/types';
import { referralActions } from './dispatcher-actions';
import { referralHistory } from './history';
import { offerHistory } from './facts';
import { callTimer, referralTimer } from '../calls/mission-timers';
import type { CallStore } from '../calls/store';
import type { CallSummary } from '../calls/api';
import { callCard } from '../calls/call-card';
import type { FleetStore } from '../fleet/store';

/** How many finished referrals stay on the queue, so the dispatcher sees a transfer end. */
const RECENT_DONE = 5;

export interface QueueDeps {
  /** Opens the green-channel form for a call whose crew found a patient who needs a capable hospital. */
  onReferCall: (call: CallSummary) => void;
  hospitals: () => Hospital[];
  /** Where a facility is, to show straight-line distances in the vehicle picker. */
  where: (facilityId: string) => { lat: number; lon: number } | undefined;
  referrals: ReferralStore;
  calls: CallStore;
  fleet: FleetStore;
  names: (id: string | null | undefined) => string;
  onLocateCall: (call: CallSummary) => void;
  /** Opens the record's history view ("近期完成" leads on to every finished case). */
  onOpenHistory?: () => void;
}

export function createQueuePanel({ referrals, calls, fleet, names, onLocateCall, onReferCall, where, hospitals, onOpenHistory }: QueueDeps) {
  const callHead = h('h3', { class: 'queue-head' });
  const callList = h('div', { class: 'ref-list' });
  const callEmpty = h('div', { class: 'empty-state' });
  const refHead = h('h3', { class: 'queue-head' });
  const refList = h('div', { class: 'ref-list' });
  const refEmpty = h('div', { class: 'empty-state' });
  const doneHead = h('h3', { class: 'queue-head queue-head-link', role: 'button', tabindex: 0 });
  if (onOpenHistory) {
    doneHead.addEventListener('click', onOpenHistory);
    doneHead.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter') onOpenHistory(); });
  }
  const doneList = h('div', { class: 'ref-list ref-list-done' });
  const element = h('section', { class: 'panel queue-panel' }, callHead, callList, callEmpty, refHead, refList, refEmpty, doneHead, doneList);
  let failed = false;
  const historyOpen = new Set<string>();

  const dispatcherActions = (r: ReferralSummary): HTMLElement | undefined =>
    referralActions(r, { fleet, hospitals, where, apply: (saved) => referrals.upsert(saved) });

  const render = (): void => {
    // Don't rebuild under the dispatcher's hand while a vehicle is being picked.
    if (element.contains(document.activeElement) && document.activeElement?.tagName === 'SELECT') return;
    // Nor while a dispatcher reads an override warning: it would vanish under them.
    if (element.querySelector('.override-warning:not([hidden])')) return;
    const openCalls = calls.list();
    callHead.textContent = `${t('queue.calls')} (${calls.available ? openCalls.length : '—'})`;
    callList.replaceChildren(...openCalls.map((c) => callCard(c, { fleet, onLocate: onLocateCall, onChanged: (saved) => calls.upsert(saved), onRefer: onReferCall,
      referralNumber: (id) => { const r = referrals.byId.get(id); return r ? referralNumber(r) : `#${id.slice(0, 8)}`; }, extras: (c) => [callTimer(c)] })));
    callEmpty.hidden = openCalls.length > 0;
    callEmpty.textContent = calls.available ? t('queue.callsEmpty') : t('queue.unavailable');

    const open = referrals.list().filter((r) => !TERMINAL_STATES.has(r.state ?? ''));
    refHead.textContent = `${t('queue.referrals')} (${referrals.available ? open.length : '—'})`;
    refList.replaceChildren(...open.map((r) => {
      const actions = h('div', { class: 'card-actions' }, referralTimer(r), offerHistory(r, names), dispatcherActions(r), referralHistory(r, historyOpen, names, render));
      const card = referralCard(r, names, names, actions);
      card.tabIndex = 0;
      return card;
    }));
    refEmpty.hidden = open.length > 0;
    refEmpty.textContent = failed ? t('queue.loadFailed') : !referrals.available ? t('ref.unavailable') : t('queue.empty');
    refEmpty.classList.toggle('error-text', failed);

    const done = referrals.list().filter((r) => TERMINAL_STATES.has(r.state ?? ''))
      .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')).slice(0, RECENT_DONE);
    // Always there when the record can be opened: the finished cases live on in the history view.
    doneHead.hidden = done.length === 0 && !onOpenHistory;
    doneHead.textContent = t('queue.recentlyDone');
    doneList.replaceChildren(...done.map((r) => referralCard(r, names, names, referralHistory(r, historyOpen, names, render))));
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
