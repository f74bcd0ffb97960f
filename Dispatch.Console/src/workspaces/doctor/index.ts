// Grassroots doctor: the green-channel request form beside this facility's referrals, live.
import { h, tx } from '../../ui/dom';
import { onLangChange, t } from '../../i18n';
import { toast } from '../../ui/banners';
import { fetchFacilities } from '../../facilities/api';
import { facilityName } from '../../facilities/labels';
import type { Facilities } from '../../facilities/types';
import { cancelReferral, listReferrals } from '../../referrals/api';
import { referralCard } from '../../referrals/labels';
import { createRequestForm } from '../../referrals/request-form';
import { ReferralStore } from '../../referrals/store';
import { TERMINAL_STATES } from '../../referrals/types';
import type { Workspace } from '../context';
import { onVehicleCards, vehicleName } from '../../fleet/cards';
import { createTransportForm } from '../../calls/transport-form';
import { createTrackingMap } from '../../map/tracking-map';
import { etaLine, refreshEtaLines } from '../../routes/eta';
import { offerHistory } from '../../referrals/facts';
import { attachRankingPreview } from '../../referrals/ranking-preview';
import { createMyBookings } from '../../calls/my-bookings';
import { capabilityLabel } from '../../facilities/labels';
import { createDoctorTabs } from '../../register/doctor-tabs';
import { createPersonLink } from '../../register/person-link';
import { addHistoryToDesk } from '../../history/view';
import { failureText } from '../../ui/failure';
import { askReason } from '../../ui/reason-dialog';
import { REASONS } from '../../referrals/dispatcher-actions';
import { referralNumber } from '../../referrals/types';

export const doctorWorkspace: Workspace = (main, { session, hub, header }) => {
  const store = new ReferralStore();
  let facilities: Facilities = { hospitals: [], grassroots: [] };
  const names = (id: string | null | undefined): string => {
    if (!id) return '—';
    const f = facilities.hospitals.find((x) => x.id === id) ?? facilities.grassroots.find((x) => x.id === id);
    return f ? facilityName(f) : id;
  };
  const facilityTitle = h('div', { class: 'facility-title' });
  const list = h('div', { class: 'ref-list' });
  const empty = h('div', { class: 'empty-state' });
  const load = (): Promise<void> => listReferrals().then((l) => store.replaceAll(l), () => store.replaceAll([]));

  const render = (): void => {
    facilityTitle.textContent = session.facilityId ? names(session.facilityId) : '';
    const mine = store.list().filter((r) => !session.facilityId || !r.facilityId || r.facilityId === session.facilityId);
    tracking.setReferrals(mine.filter((r) => !TERMINAL_STATES.has(r.state)), facilities);
    list.replaceChildren(...mine.map((r) => {
      let actions: HTMLElement | undefined;
      // The server says what this doctor may do now; cancelling destroys the request, so it asks why first.
      if (r.permittedActions?.includes('cancel')) {
        const cancel = h('button', { type: 'button', class: 'btn btn-ghost btn-small act-cancel', 'data-action': 'cancel' }, t('doctor.cancel'));
        cancel.addEventListener('click', () => {
          void askReason({ title: t('act.title.cancelReferral', { id: referralNumber(r) }), reasons: REASONS.cancel, confirm: 'act.cancel', destructive: true })
            .then((reason) => {
              if (!reason) return;
              cancel.disabled = true;
              cancelReferral(r.id, reason)
                .then((s) => { if (s?.id) store.upsert(s); toast(t('act.done.cancel'), 'success'); })
                .catch((err: unknown) => toast(failureText(err), 'error'))
                .finally(() => { cancel.disabled = false; });
            });
        });
        actions = h('div', { class: 'ref-actions' }, cancel);
      }
      // After sending the doctor follows every offer: who is asked now, each refusal with its reason, escalations, the bed held.
      const bed = r.reservedBed && !r.reservedBed.releasedAt
        ? h('div', { class: 'bed-held-line' }, t('gc.bedHeld', { cap: capabilityLabel(r.reservedBed.capability) })) : null;
      const details = h('div', { class: 'ref-details' }, offerHistory(r, names), bed, actions ?? null);
      return referralCard(r, names, vehicleName, details, etaLine(r.id));
    }));
    refreshEtaLines(list, tracking);
    empty.hidden = mine.length > 0;
    empty.textContent = store.available ? t('doctor.mineEmpty') : t('ref.unavailable');
  };

  const tracking = createTrackingMap(session.facilityId);
  // A request raised from the key-population register carries the person's id (home pick-up, tier's priority floor).
  const personLink = createPersonLink();
  const form = createRequestForm(session.facilityId, (summary) => {
    store.upsert(summary);
  }, { send: personLink.send });
  const ranking = attachRankingPreview(form, session.facilityId, names);
  form.insertBefore(ranking.element, form.querySelector('.form-status'));
  const bookings = createMyBookings(vehicleName, hub);
  const referralsPane = h('div', { class: 'two-col' },
    h('section', { class: 'col col-main scroll' }, facilityTitle, form),
    h('section', { class: 'col col-side scroll' }, tx('doctor.mine', 'h2'), tracking.element, list, empty,
      createTransportForm(
        () => facilities.grassroots.find((g) => g.id === session.facilityId) ?? facilities.hospitals.find((x) => x.id === session.facilityId),
        () => facilities.hospitals),
      bookings.element));
  const tabs = createDoctorTabs({ facilityId: session.facilityId ?? '', hub, referralsPane, form, link: personLink, hospitalName: names });
  main.replaceChildren(tabs.element);
  // The record: this facility's own past cases, their timelines and track playback, and its reports.
  addHistoryToDesk(main, header, names);

  const offs = [
    store.subscribe(render),
    onLangChange(render),
    onVehicleCards(render),
    hub.on('ReferralChanged', (summary) => store.upsert(summary)),
    hub.on('ReferralWithdrawn', (w) => { if (w && typeof w.id === 'string') store.remove(w.id); }),
    hub.onResync(() => void load()),
    // Only the vehicles carrying this facility's patients are sent here.
    hub.on('VehiclePositions', (batch) => tracking.moveVehicles(batch)),
    tracking.onRoutes(() => refreshEtaLines(list, tracking)),
  ];
  // Between route recomputations the ETA counts down by the time elapsed.
  const etaTimer = window.setInterval(() => refreshEtaLines(list, tracking), 5000);
  fetchFacilities().then((f) => { facilities = f; render(); }, () => undefined);
  void load();
  render();
  return () => {
    ranking.dispose();
    bookings.dispose();
    tabs.dispose();
    window.clearInterval(etaTimer);
    offs.forEach((off) => off());
    tracking.dispose();
  };
};
