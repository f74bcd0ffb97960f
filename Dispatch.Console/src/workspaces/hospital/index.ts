// Receiving hospital: offers to decide on (with countdown), patients on their way, and our own status.
import { h, tx } from '../../ui/dom';
import { onLangChange, t } from '../../i18n';
import { fetchFacilities, isHospital } from '../../facilities/api';
import { renderCapacity } from './capacity';
import { facilityName } from '../../facilities/labels';
import type { Facilities, Hospital } from '../../facilities/types';
import { confirmHandover, listReferrals } from '../../referrals/api';
import { toast } from '../../ui/banners';
import { chime } from '../../ui/chime';
import { referralCard } from '../../referrals/labels';
import type { ReferralState } from '../../referrals/types';
import { ReferralStore } from '../../referrals/store';
import { offerCard, tickCountdowns, withdrawnCard } from './offers-board';
import type { ReferralSummary, WithdrawalReason } from '../../referrals/types';
import { createTrackingMap } from '../../map/tracking-map';
import { etaLine, refreshEtaLines } from '../../routes/eta';
import type { Workspace } from '../context';
import { onVehicleCards, vehicleName } from '../../fleet/cards';
import { addHistoryToDesk } from '../../history/view';
import { failureText } from '../../ui/failure';

const INCOMING: ReadonlySet<ReferralState> = new Set(['accepted', 'vehicleAssigned', 'enRouteToPatient', 'inTransfer', 'arrivedAtHospital']);

export const hospitalWorkspace: Workspace = (main, { session, hub, header }) => {
  const store = new ReferralStore();
  // Offers taken away from this hospital (another hospital of a parallel round accepted, the doctor cancelled...): shown
  // with the reason until dismissed, so a desk that was about to accept knows why the card went.
  const withdrawn = new Map<string, { summary: ReferralSummary; reason: WithdrawalReason }>();
  // Offers this desk answered itself: their withdrawal is the answer's own echo, not news.
  const answered = new Set<string>();
  let facilities: Facilities = { hospitals: [], grassroots: [] };
  const hospitalId = session.hospitalId ?? session.facilityId;
  const names = (id: string | null | undefined): string => {
    if (!id) return '—';
    const f = facilities.hospitals.find((x) => x.id === id) ?? facilities.grassroots.find((x) => x.id === id);
    return f ? facilityName(f) : id;
  };

  const statusCard = h('section', { class: 'hospital-status' });
  const tracking = createTrackingMap(hospitalId);
  const offers = h('div', { class: 'ref-list offers' });
  const offersEmpty = h('div', { class: 'empty-state' });
  const incoming = h('div', { class: 'ref-list' });
  const incomingEmpty = h('div', { class: 'empty-state' });
  const offersCount = h('b', { class: 'tab-count' });
  const doneHead = tx('hospital.handedOverList', 'h2');
  const done = h('div', { class: 'ref-list ref-list-done' });

  const renderStatus = (): void => {
    const me: Hospital | undefined = facilities.hospitals.find((x) => x.id === hospitalId);
    if (!me) {
      statusCard.replaceChildren(h('span', { class: 'muted' }, facilities.hospitals.length ? t('hospital.unknownFacility') : ''));
      return;
    }
    renderCapacity(statusCard, me, applyHospital);
  };
  const applyHospital = (updated: Hospital): void => {
    facilities.hospitals = facilities.hospitals.map((x) => (x.id === updated.id ? updated : x));
    renderStatus();
  };

  const render = (): void => {
    // The server only shows a hospital what concerns it; the filter guards against a stale push.
    const all = store.list();
    const open = all.filter((r) => r.state === 'offered' && (!hospitalId || r.offeredHospitalIds.includes(hospitalId)));
    const coming = all.filter((r) => INCOMING.has(r.state) && (!hospitalId || r.acceptedHospitalId === hospitalId));
    // A reason being typed or picked survives pushes: the offers are redrawn once the desk leaves the field.
    const typing = offers.contains(document.activeElement) && ['INPUT', 'SELECT'].includes(document.activeElement?.tagName ?? '');
    if (!typing) {
      offers.replaceChildren(...open.map((r) => offerCard(r, store, names, hospitalId, vehicleName, (id) => answered.add(id))),
        ...[...withdrawn.entries()].map(([id, w]) => withdrawnCard(w.summary, w.reason, names, hospitalId, () => { withdrawn.delete(id); render(); })));
    }
    tracking.setReferrals(coming, facilities);
    incoming.replaceChildren(...coming.map((r) => {
      if (!r.permittedActions?.includes('handOver')) return referralCard(r, names, vehicleName, undefined, etaLine(r.id));
      const handover = h('button', { type: 'button', class: 'btn btn-accept' }, t('hospital.handover'));
      handover.addEventListener('click', () => {
        handover.disabled = true;
        confirmHandover(r.id)
          .then((s) => { if (s) store.upsert(s); toast(t('hospital.handedOver'), 'success'); })
          .catch((err: unknown) => toast(failureText(err), 'error'))
          .finally(() => { handover.disabled = false; });
      });
      return referralCard(r, names, vehicleName, h('div', { class: 'ref-actions' }, handover));
    }));
    // Patients handed over while this board is open: the last step of a transfer stays in sight.
    const handedOver = all.filter((r) => r.state === 'handedOver' && (!hospitalId || r.acceptedHospitalId === hospitalId));
    done.replaceChildren(...handedOver.map((r) => referralCard(r, names, vehicleName)));
    doneHead.hidden = handedOver.length === 0;
    offersEmpty.hidden = open.length > 0 || withdrawn.size > 0;
    offersEmpty.textContent = store.available ? t('hospital.offersEmpty') : t('ref.unavailable');
    incomingEmpty.hidden = coming.length > 0;
    incomingEmpty.textContent = t('hospital.incomingEmpty');
    offersCount.textContent = String(open.length);
    offersCount.classList.toggle('is-hot', open.length > 0);
    tickCountdowns(offers);
    refreshEtaLines(incoming, tracking);
    renderStatus();
  };

  offers.addEventListener('focusout', () => window.setTimeout(() => { if (!offers.contains(document.activeElement)) render(); }, 0));
  main.replaceChildren(h('div', { class: 'hospital-layout scroll' },
    statusCard,
    h('div', { class: 'two-col' },
      h('section', { class: 'col col-main' }, h('h2', {}, tx('hospital.offers'), offersCount), offers, offersEmpty),
      h('section', { class: 'col col-side' }, tx('hospital.incoming', 'h2'), tracking.element, incoming, incomingEmpty, doneHead, done))));

  // The record: this hospital's own past cases, their timelines and track playback, and its reports.
  addHistoryToDesk(main, header, names);

  const load = (): Promise<void> => listReferrals().then((l) => store.replaceAll(l), () => store.replaceAll([]));
  let ticks = 0;
  const timer = window.setInterval(() => {
    tickCountdowns(offers);
    // Between route recomputations the ETA counts down by the time elapsed.
    if (++ticks % 5 === 0) refreshEtaLines(incoming, tracking);
  }, 1000);
  const offs = [
    store.subscribe(render),
    onLangChange(render),
    onVehicleCards(render),
    hub.on('ReferralChanged', (s) => {
      // A new offer for us: make it heard, the countdown is running.
      if (s.state === 'offered' && store.byId.get(s.id)?.state !== 'offered') chime();
      store.upsert(s);
    }),
    hub.on('ReferralWithdrawn', (w) => {
      if (!w || typeof w.id !== 'string') return;
      const known = store.byId.get(w.id);
      // Only an offer still held here was taken away; one this desk just declined simply goes.
      if (known?.state === 'offered' && !answered.has(w.id) && (!hospitalId || known.offeredHospitalIds.includes(hospitalId))) {
        withdrawn.set(w.id, { summary: known, reason: w.reason });
        window.setTimeout(() => { if (withdrawn.delete(w.id)) render(); }, 120_000);
      }
      store.remove(w.id);
    }),
    hub.onResync(() => void load()),
    // Only the vehicles bringing patients to this hospital are sent here.
    hub.on('VehiclePositions', (batch) => tracking.moveVehicles(batch)),
    tracking.onRoutes(() => refreshEtaLines(incoming, tracking)),
    hub.on('HospitalChanged', (raw) => { if (isHospital(raw) && raw.id === hospitalId) applyHospital(raw); }),
  ];
  fetchFacilities().then((f) => { facilities = f; render(); }, () => undefined);
  void load();
  render();
  return () => {
    window.clearInterval(timer);
    offs.forEach((off) => off());
    tracking.dispose();
  };
};
