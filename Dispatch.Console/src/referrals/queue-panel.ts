// Dispatcher's work queue: open 120 calls (queued ones first) and open green-channel referrals.
import { h } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { referralCard } from './labels';
import type { ReferralStore } from './store';
import { TERMINAL_STATES, type ReferralSummary } from './types';
import { assignReferralVehicle, matchReferral, offerParallel, offerToHospital } from './api';
import { exclusionOf } from './normalise';
import { exclusionText, offerHistory } from './facts';
import type { Hospital } from '../facilities/types';
import { facilityName } from '../facilities/labels';
import { vehiclePicker } from '../fleet/vehicle-picker';
import { recommendNear } from '../fleet/recommendations';
import { toast } from '../ui/banners';
import { ApiError } from '../auth/http';
import type { CallStore } from '../calls/store';
import type { CallSummary } from '../calls/api';
import { callCard } from '../calls/call-card';
import type { FleetStore } from '../fleet/store';

const REMATCH = new Set(['Requested', 'Declined', 'Escalated']);
// A dispatcher may also ask another hospital while one is being asked (it has no one on duty, say).
const OVERRIDE = new Set([...REMATCH, 'Offered']);
/** How many finished referrals stay on the queue, so the dispatcher sees a transfer end. */
const RECENT_DONE = 5;
const EARLY_ASSIGN = new Set(['Requested', 'Matching', 'Offered', 'Declined', 'Escalated']);

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
}

export function createQueuePanel({ referrals, calls, fleet, names, onLocateCall, onReferCall, where, hospitals }: QueueDeps) {
  const callHead = h('h3', { class: 'queue-head' });
  const callList = h('div', { class: 'ref-list' });
  const callEmpty = h('div', { class: 'empty-state' });
  const refHead = h('h3', { class: 'queue-head' });
  const refList = h('div', { class: 'ref-list' });
  const refEmpty = h('div', { class: 'empty-state' });
  const doneHead = h('h3', { class: 'queue-head' });
  const doneList = h('div', { class: 'ref-list ref-list-done' });
  const element = h('section', { class: 'panel queue-panel' }, callHead, callList, callEmpty, refHead, refList, refEmpty, doneHead, doneList);
  let failed = false;

  const run = (p: Promise<ReferralSummary | null>): Promise<void> =>
    p.then((s) => { if (s) referrals.upsert(s); }, (err: unknown) => { toast(err instanceof ApiError ? err.message : t('err.generic'), 'error'); });

  /** Override: ask a hospital the dispatcher chose (after a phone call, say). Capable, accepting hospitals first. */
  const hospitalOverride = (r: ReferralSummary): HTMLElement => {
    const needed = r.requiredCapabilities ?? [];
    const capable = hospitals()
      .filter((hs) => needed.every((c) => hs.capabilities.includes(c)))
      .sort((a, b) => Number(a.onDiversion) - Number(b.onDiversion) || facilityName(a).localeCompare(facilityName(b), 'zh-CN'));
    const select = h('select', { class: 'input input-small', 'aria-label': t('queue.pickHospital') },
      h('option', { value: '' }, capable.length ? t('queue.pickHospital') : t('queue.noHospital')),
      ...capable.map((hs) => h('option', { value: hs.id }, `${facilityName(hs)}${hs.onDiversion ? ` · ${t('fac.onDiversion')}` : ''}`)));
    const offer = h('button', { type: 'button', class: 'btn btn-ghost btn-small' }, t('queue.offer'));
    const warning = h('div', { class: 'override-warning', role: 'alert', hidden: true });
    offer.addEventListener('click', () => {
      if (!select.value) return select.focus();
      offer.disabled = true;
      const hospitalId = select.value;
      offerToHospital(r.id, hospitalId)
        .then((s) => { if (s) referrals.upsert(s); })
        .catch((err: unknown) => {
          // A hospital that fails its check now (diversion, no bed, lacks a capability) needs the dispatcher to confirm, having read why.
          const problem = err instanceof ApiError ? (err.problem as Record<string, unknown> | null) : null;
          if (problem?.code !== 'hospital-check-failed') return toast(err instanceof ApiError ? err.message : t('err.generic'), 'error');
          const exclusion = exclusionOf((problem.exclusion ?? {}) as Record<string, unknown>);
          const confirm = h('button', { type: 'button', class: 'btn btn-decline btn-small' }, t('gc.override.confirm'));
          const back = h('button', { type: 'button', class: 'btn btn-ghost btn-small' }, t('gc.override.back'));
          back.addEventListener('click', () => { warning.hidden = true; });
          confirm.addEventListener('click', () => {
            confirm.disabled = true;
            void run(offerToHospital(r.id, hospitalId, true)).finally(() => { warning.hidden = true; });
          });
          warning.replaceChildren(h('span', {}, t('gc.override.warning', { hospital: names(hospitalId), reason: exclusionText(exclusion) })), confirm, back);
          warning.hidden = false;
        })
        .finally(() => { offer.disabled = false; });
    });
    return h('div', { class: 'picker' }, h('div', { class: 'ref-actions' }, select, offer), warning);
  };

  /** What a dispatcher can do from the queue: re-run matching when stuck, send a vehicle once it may go. */
  const dispatcherActions = (r: ReferralSummary): HTMLElement | undefined => {
    const state = r.state ?? '';
    const box = h('div', { class: 'ref-actions' });
    if (REMATCH.has(state)) {
      const rematch = h('button', { type: 'button', class: 'btn btn-ghost btn-small' }, t('queue.rematch'));
      rematch.addEventListener('click', () => { rematch.disabled = true; void run(matchReferral(r.id)).finally(() => { rematch.disabled = false; }); });
      box.append(rematch);
    }
    if (OVERRIDE.has(state)) {
      // Several hospitals at once: the first to accept wins, the others' offers are withdrawn.
      const width = Math.max(3, (r.offeredHospitalIds?.length ?? 0) + 1);
      const parallel = h('button', { type: 'button', class: 'btn btn-ghost btn-small btn-parallel' }, t('gc.parallel.button', { n: width }));
      parallel.addEventListener('click', () => { parallel.disabled = true; void run(offerParallel(r.id, width)).finally(() => { parallel.disabled = false; }); });
      box.append(parallel, hospitalOverride(r));
    }
    // Priority 1 may roll before a hospital has said yes (the server enforces the same rule).
    const mayAssign = !r.vehicleId && (state === 'Accepted' || (r.priority === 1 && EARLY_ASSIGN.has(state)));
    if (mayAssign) {
      // The ambulance goes to the patient: at the scene of the call it came from, else at the requesting facility.
      const facility = r.origin ?? (r.facilityId ? where(r.facilityId) : undefined);
      const ranking = facility ? recommendNear(facility.lon, facility.lat, 'ambulance') : null;
      box.append(vehiclePicker(fleet, 'ambulance', ranking, (vehicleId) => run(assignReferralVehicle(r.id, vehicleId))));
    }
    return box.childElementCount ? box : undefined;
  };

  const render = (): void => {
    // Don't rebuild under the dispatcher's hand while a vehicle is being picked.
    if (element.contains(document.activeElement) && document.activeElement?.tagName === 'SELECT') return;
    // Nor while a dispatcher reads an override warning: it would vanish under them.
    if (element.querySelector('.override-warning:not([hidden])')) return;
    const openCalls = calls.list();
    callHead.textContent = `${t('queue.calls')} (${calls.available ? openCalls.length : '—'})`;
    callList.replaceChildren(...openCalls.map((c) => callCard(c, fleet, onLocateCall, (saved) => calls.upsert(saved), onReferCall)));
    callEmpty.hidden = openCalls.length > 0;
    callEmpty.textContent = calls.available ? t('queue.callsEmpty') : t('queue.unavailable');

    const open = referrals.list().filter((r) => !TERMINAL_STATES.has(r.state ?? ''));
    refHead.textContent = `${t('queue.referrals')} (${referrals.available ? open.length : '—'})`;
    refList.replaceChildren(...open.map((r) => {
      const card = referralCard(r, names, names, h('div', { class: 'ref-details' }, offerHistory(r, names), dispatcherActions(r) ?? null));
      card.tabIndex = 0;
      return card;
    }));
    refEmpty.hidden = open.length > 0;
    refEmpty.textContent = failed ? t('queue.loadFailed') : !referrals.available ? t('ref.unavailable') : t('queue.empty');
    refEmpty.classList.toggle('error-text', failed);

    const done = referrals.list().filter((r) => TERMINAL_STATES.has(r.state ?? ''))
      .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')).slice(0, RECENT_DONE);
    doneHead.hidden = done.length === 0;
    doneHead.textContent = t('queue.recentlyDone');
    doneList.replaceChildren(...done.map((r) => referralCard(r, names)));
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
