// Receiving hospital: offers to decide on (with countdown), patients on their way, and our own status.
import { h, tx } from '../../ui/dom';
import { onLangChange, t } from '../../i18n';
import { fetchFacilities } from '../../facilities/api';
import { capabilityLabel, diversionLabel, facilityName, levelLabel } from '../../facilities/labels';
import type { Facilities, Hospital } from '../../facilities/types';
import { listReferrals } from '../../referrals/api';
import { referralCard } from '../../referrals/labels';
import { ReferralStore } from '../../referrals/store';
import { offerCard, tickCountdowns } from './offers-board';
import type { Workspace } from '../context';

const INCOMING = new Set(['Accepted', 'VehicleAssigned', 'EnRouteToPatient', 'InTransfer', 'ArrivedAtHospital']);

export const hospitalWorkspace: Workspace = (main, { session, hub }) => {
  const store = new ReferralStore();
  let facilities: Facilities = { hospitals: [], grassroots: [] };
  const hospitalId = session.hospitalId ?? session.facilityId;
  const names = (id: string | null | undefined): string => {
    if (!id) return '—';
    const f = facilities.hospitals.find((x) => x.id === id) ?? facilities.grassroots.find((x) => x.id === id);
    return f ? facilityName(f) : id;
  };

  const statusCard = h('section', { class: 'hospital-status' });
  const offers = h('div', { class: 'ref-list offers' });
  const offersEmpty = h('div', { class: 'empty-state' });
  const incoming = h('div', { class: 'ref-list' });
  const incomingEmpty = h('div', { class: 'empty-state' });
  const offersCount = h('b', { class: 'tab-count' });

  const renderStatus = (): void => {
    const me: Hospital | undefined = facilities.hospitals.find((x) => x.id === hospitalId);
    if (!me) {
      statusCard.replaceChildren(h('span', { class: 'muted' }, facilities.hospitals.length ? t('hospital.unknownFacility') : ''));
      return;
    }
    statusCard.replaceChildren(
      h('h2', {}, facilityName(me)),
      h('span', { class: 'muted' }, levelLabel(me.level)),
      h('span', { class: `diversion-pill ${me.onDiversion ? 'on' : 'off'}` }, diversionLabel(me.onDiversion)),
      h('div', { class: 'cap-badges' }, ...me.capabilities.map((c) => h('span', { class: 'cap-badge' }, capabilityLabel(c)))),
      h('div', { class: 'beds' }, h('span', { class: 'muted' }, t('fac.beds')),
        ...Object.entries(me.beds ?? {}).map(([c, n]) => h('span', { class: 'bed' }, h('b', {}, capabilityLabel(c)), ` ${n}`))));
  };

  const render = (): void => {
    const forUs = store.list().filter((r) => !hospitalId || !r.hospitalId || r.hospitalId === hospitalId);
    const open = forUs.filter((r) => r.state === 'Offered');
    const coming = forUs.filter((r) => INCOMING.has(r.state ?? ''));
    offers.replaceChildren(...open.map((r) => offerCard(r, store, names)));
    incoming.replaceChildren(...coming.map((r) => referralCard(r, names)));
    offersEmpty.hidden = open.length > 0;
    offersEmpty.textContent = store.available ? t('hospital.offersEmpty') : t('queue.unavailable');
    incomingEmpty.hidden = coming.length > 0;
    incomingEmpty.textContent = t('hospital.incomingEmpty');
    offersCount.textContent = String(open.length);
    offersCount.classList.toggle('is-hot', open.length > 0);
    tickCountdowns(offers);
    renderStatus();
  };

  main.replaceChildren(h('div', { class: 'hospital-layout scroll' },
    statusCard,
    h('div', { class: 'two-col' },
      h('section', { class: 'col col-main' }, h('h2', {}, tx('hospital.offers'), offersCount), offers, offersEmpty),
      h('section', { class: 'col col-side' }, tx('hospital.incoming', 'h2'), incoming, incomingEmpty))));

  const load = (): Promise<void> => listReferrals().then((l) => store.replaceAll(l), () => store.replaceAll([]));
  const timer = window.setInterval(() => tickCountdowns(offers), 1000);
  const offs = [
    store.subscribe(render),
    onLangChange(render),
    hub.on('ReferralChanged', (s) => { if (s && typeof s.id === 'string') store.upsert(s); }),
    hub.onResync(() => void load()),
  ];
  fetchFacilities().then((f) => { facilities = f; render(); }, () => undefined);
  void load();
  render();
  return () => {
    window.clearInterval(timer);
    offs.forEach((off) => off());
  };
};
