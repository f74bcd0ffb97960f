// Dispatcher workspace: live map of the whole fleet and facilities, with vehicles / queue / alerts beside it.
import * as L from 'leaflet';
import { exposeFleet } from '../../diagnostics';
import { h, tx } from '../../ui/dom';
import { memberName, onLangChange, t, type MessageKey } from '../../i18n';
import { toast } from '../../ui/banners';
import { createHelpOverlay } from '../../ui/help-overlay';
import { fetchRegion, type Region } from '../../map/region';
import { createBaseMap, fitRegion } from '../../map/base-map';
import { createLegend } from '../../map/legend';
import { fetchFacilities, isHospital } from '../../facilities/api';
import { createFacilityLayers } from '../../facilities/layer';
import { facilityName } from '../../facilities/labels';
import { callSignLabel } from '../../fleet/labels';
import type { Facilities } from '../../facilities/types';
import { fetchVehicles } from '../../fleet/api';
import { FleetStore } from '../../fleet/store';
import { FleetLayer } from '../../fleet/layer';
import { createFleetPanel } from '../../fleet/panel';
import { listReferrals } from '../../referrals/api';
import { ReferralStore } from '../../referrals/store';
import { patientLine } from '../../referrals/labels';
import { setMissionLimits } from '../../calls/mission-timers';
import { apiOptional } from '../../auth/http';
import type { OverdueAlert } from '../../api/contract';
import { referralNumber, TERMINAL_STATES } from '../../referrals/types';
import { createQueuePanel } from '../../referrals/queue-panel';
import { fetchShiftFigures, listCalls, type ShiftFigures } from '../../calls/api';
import { CallStore } from '../../calls/store';
import { CallLayer } from '../../calls/layer';
import { ReferralLayer } from '../../referrals/layer';
import { createNewCallDialog } from '../../calls/new-call-dialog';
import { createReferCallDialog } from '../../calls/refer-call-dialog';
import { createAlerts } from './alerts';
import { referralAlert } from './referral-alert';
import { reasonText as escalationReason } from '../../referrals/facts';
import { listClosures } from '../../closures/api';
import { ClosureLayer, closureControl } from '../../closures/layer';
import { createClosureTool } from '../../closures/draw-tool';
import { createShiftFigures } from './shift-figures';
import { bindShortcuts, DISPATCHER_SHORTCUTS } from './keyboard';
import type { Workspace } from '../context';
import { MissionRouter } from '../../routes/mission-route';
import { RouteLayer, routeSightings } from '../../routes/route-layer';
import { callMissions, referralMissions } from '../../routes/missions';
import { CoverageLayer } from '../../coverage/layer';
import { createCoveragePanel } from '../../coverage/panel';
import { fetchCoverage, fetchCoverageGrid } from '../../coverage/api';
import { isCoverageView, type CoverageView } from '../../coverage/types';
import { percent } from '../../coverage/labels';
import { rewordOpenOverlays } from '../../map/open-overlays';
import { createHistoryView } from '../../history/view';

type TabId = 'vehicles' | 'queue' | 'alerts' | 'coverage';
const TABS: TabId[] = ['vehicles', 'queue', 'alerts', 'coverage'];

export const dispatcherWorkspace: Workspace = (main, { hub, header }) => {
  const fleet = new FleetStore();
  const referrals = new ReferralStore();
  let facilities: Facilities = { hospitals: [], grassroots: [] };
  const calls = new CallStore();
  // Route lines of every vehicle on an open call or referral, to the patient then to the hospital.
  const router = new MissionRouter((id) => fleet.vehicles.get(id)?.position ?? null);
  const routeLayer = new RouteLayer(router);
  const syncMissions = (): void => router.sync([...callMissions(calls.byId.values(), facilities), ...referralMissions(referrals.byId.values(), facilities)]);
  const hideDiagnostics = exposeFleet(fleet, () => routeSightings(router, routeLayer));
  let shift: ShiftFigures | null = null;
  let region: Region | null = null;
  let map: L.Map | null = null;
  const disposers: (() => void)[] = [];

  // Names for ids that appear in referrals: facilities and vehicles.
  const names = (id: string | null | undefined): string => {
    if (!id) return '—';
    const f = facilities.hospitals.find((x) => x.id === id) ?? facilities.grassroots.find((x) => x.id === id);
    if (f) return facilityName(f);
    const vehicle = fleet.vehicles.get(id);
    return vehicle ? callSignLabel(vehicle.callSign, vehicle.callSignEn) : id;
  };

  // Layout ---------------------------------------------------------------------------------------------
  const mapEl = h('div', { class: 'map', id: 'dispatch-map' });
  const mapStatus = h('div', { class: 'map-status', hidden: true });
  const history = createHistoryView(() => region, (id) => names(id), true);
  const alerts = createAlerts((id) => { selectTab('queue'); highlightReferral(id); });
  const fleetLayer = new FleetLayer(fleet, () => t('vehicle.stale'));
  const fleetPanel = createFleetPanel(fleet, (id) => { if (map) fleetLayer.focus(map, id); });
  const callLayer = new CallLayer(calls);
  const referralLayer = new ReferralLayer(referrals, (id) => facilities.grassroots.find((x) => x.id === id) ?? facilities.hospitals.find((x) => x.id === id));
  const referCall = createReferCallDialog((referral) => { referrals.upsert(referral); highlightReferral(referral.id); });
  const queuePanel = createQueuePanel({ referrals, calls, fleet, names, onOpenHistory: () => history.open({ sort: '-closed' }), onLocateCall: (c) => { if (map) callLayer.locate(map, c); },
    onReferCall: (c) => { if (newCall.dialog.isOpen) newCall.dialog.close(); referCall.open(c); },
    where: (id) => facilities.hospitals.find((x) => x.id === id) ?? facilities.grassroots.find((x) => x.id === id),
    hospitals: () => facilities.hospitals });
  const figures = createShiftFigures(fleet, referrals, calls, () => shift);
  const help = createHelpOverlay(DISPATCHER_SHORTCUTS);
  const coverageLayer = new CoverageLayer();
  const coveragePanel = createCoveragePanel(coverageLayer);
  let coverage: CoverageView | null = null;
  const showCoverage = (view: CoverageView): void => {
    if (coverage && view.version < coverage.version && view.at < coverage.at) return;
    coverage = view;
    coverageLayer.update(view);
    coveragePanel.update(view);
    renderTabs();
  };
  let pickMarker: L.Marker | null = null;
  const closures = new ClosureLayer((bounds) => map?.fitBounds(bounds, { padding: [60, 60], maxZoom: 17 }));
  const closureTool = createClosureTool(() => map, (c) => closures.add(c));
  const drawClosure = (): void => {
    if (newCall.dialog.isOpen) newCall.dialog.close();
    closureTool.start();
  };
  const placePick = (lat: number, lon: number): void => {
    if (!map) return;
    pickMarker?.remove();
    pickMarker = L.marker([lat, lon], { icon: L.divIcon({ className: 'pick-marker', html: '<span></span>', iconSize: [22, 22], iconAnchor: [11, 22] }) }).addTo(map);
  };
  const newCall = createNewCallDialog(() => { pickMarker?.remove(); pickMarker = null; }, (saved) => { calls.upsert(saved); selectTab('queue'); },
    (lat, lon) => { placePick(lat, lon); map?.panTo([lat, lon]); });

  const tabButtons = new Map<TabId, HTMLButtonElement>();
  const panels: Record<TabId, HTMLElement> = { vehicles: fleetPanel.element, queue: queuePanel.element, alerts: alerts.panel, coverage: coveragePanel.element };
  const tabBar = h('div', { class: 'tabs', role: 'tablist' });
  for (const id of TABS) {
    const button = h('button', { type: 'button', class: 'tab', role: 'tab', 'data-tab': id });
    button.addEventListener('click', () => selectTab(id));
    tabButtons.set(id, button);
    tabBar.append(button);
  }
  const renderTabs = (): void => {
    const counts: Record<TabId, string> = {
      vehicles: String(fleet.vehicles.size),
      queue: referrals.available || calls.available
        ? String(calls.byId.size + referrals.list().filter((r) => !TERMINAL_STATES.has(r.state)).length) : '—',
      alerts: String(alerts.unacknowledged()),
      coverage: coverage ? percent(coverage.coveredShare) : '—',
    };
    for (const [id, button] of tabButtons) {
      const badge = h('b', { class: `tab-count${id === 'alerts' && alerts.unacknowledged() ? ' is-hot' : ''}` }, counts[id]);
      button.replaceChildren(t(`tab.${id}` as MessageKey), badge);
    }
  };
  function selectTab(id: TabId): void {
    for (const [tab, button] of tabButtons) {
      button.setAttribute('aria-selected', String(tab === id));
      button.classList.toggle('active', tab === id);
      panels[tab].hidden = tab !== id;
    }
    if (id === 'vehicles') fleetPanel.refreshIfShown();
  }
  function highlightReferral(id: string): void {
    selectTab('queue');
    const card = queuePanel.element.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    card?.scrollIntoView({ block: 'center' });
    card?.classList.add('flash');
    window.setTimeout(() => card?.classList.remove('flash'), 1500);
  }

  const sidebar = h('aside', { class: 'sidebar' }, figures.element, tabBar, ...Object.values(panels));
  main.replaceChildren(h('div', { class: 'dispatch-layout' },
    h('div', { class: 'map-area' }, mapEl, alerts.banner, mapStatus, newCall.dialog.element, referCall.dialog.element, ...closureTool.elements, help.element),
    sidebar), history.element);
  selectTab('vehicles');
  renderTabs();

  // The record: past calls, transports and referrals, their timelines and track playback, and the shift reports.
  const historyButton = tx('hist.open', 'button', { type: 'button', class: 'btn btn-ghost history-open' });
  historyButton.addEventListener('click', () => history.open());
  header.addAction(historyButton);
  disposers.push(() => history.dispose());

  const helpButton = tx('header.help', 'button', { type: 'button', class: 'btn btn-ghost' });
  helpButton.addEventListener('click', () => (help.isOpen ? help.close() : help.open()));
  header.addAction(helpButton);

  // Data -------------------------------------------------------------------------------------------------
  const loadVehicles = (): Promise<void> => fetchVehicles().then(
    (list) => { fleet.replaceAll(list); fleetPanel.setError(false); },
    () => fleetPanel.setError(true));
  const loadReferrals = (): Promise<void> => listReferrals().then(
    (list) => { referrals.replaceAll(list); queuePanel.setError(false); },
    () => queuePanel.setError(true));
  const loadCalls = (): Promise<void> => listCalls().then((list) => calls.replaceAll(list), () => undefined);
  // Closures are set by any dispatcher; the list is reread on every (re)connect and when another dispatcher changes it.
  const loadClosures = (): Promise<void> => listClosures().then((list) => { if (list) closures.replaceAll(list); }, () => undefined);
  const loadCoverage = (): Promise<void> => Promise.all([fetchCoverageGrid(), fetchCoverage()]).then(([grid, view]) => {
    if (grid) coverageLayer.setGrid(grid);
    if (view) showCoverage(view);
  }, () => undefined);
  const loadShift = (): Promise<void> => fetchShiftFigures().then((f) => {
    shift = f;
    setMissionLimits(f?.departureLimitSeconds, f?.onSceneLimitSeconds);
    figures.refresh();
  }, () => undefined);

  const showMapStatus = (key: MessageKey | null): void => {
    mapStatus.hidden = key === null;
    if (key) mapStatus.textContent = t(key);
  };

  fetchRegion().then((r) => {
    region = r;
    map = createBaseMap(mapEl, r);
    const legend = createLegend();
    legend.control.addTo(map);
    disposers.push(legend.dispose);
    routeLayer.addTo(map, 440); // beneath the vehicles' canvas (450)
    fleetLayer.addTo(map);
    callLayer.group.addTo(map);
    referralLayer.group.addTo(map);
    closures.addTo(map);
    closureControl(closures, drawClosure).control.addTo(map);
    coverageLayer.addTo(map);
    coverageLayer.control().addTo(map);
    // Banners above the map change its height; Leaflet only watches the window, so tell it.
    const resize = new ResizeObserver(() => map?.invalidateSize({ pan: false }));
    resize.observe(mapEl);
    disposers.push(() => resize.disconnect());
    map.on('click', (e: L.LeafletMouseEvent) => {
      if (!newCall.dialog.isOpen || !map) return;
      newCall.setLocation(e.latlng.lat, e.latlng.lng);
      placePick(e.latlng.lat, e.latlng.lng);
    });
    return fetchFacilities().then((f) => {
      facilities = f;
      const layers = createFacilityLayers(f);
      disposers.push(hub.on('HospitalChanged', (raw) => {
        if (!isHospital(raw)) return;
        facilities.hospitals = facilities.hospitals.map((x) => (x.id === raw.id ? raw : x));
        layers.updateHospital(raw);
      }));
      if (!map) return;
      layers.grassroots.addTo(map);
      layers.hospitals.addTo(map);
      queuePanel.refresh();
      referralLayer.sync();
      syncMissions();
    }, () => toast(t('fac.loadFailed'), 'error'));
  }).catch(() => showMapStatus('map.region.failed'));

  void loadVehicles();
  void loadReferrals();
  void loadCalls();
  void loadClosures();
  void loadCoverage();
  let shiftRefresh = 0;
  void loadShift();
  // Shift figures are computed by the server from all calls; a minute is fresh enough for a glance.
  const shiftTimer = window.setInterval(() => void loadShift(), 60000);
  disposers.push(() => { window.clearInterval(shiftTimer); window.clearTimeout(shiftRefresh); });

  // Timer alerts come as codes; they are worded here, in whatever language the console shows. One per vehicle's timer.
  const seenTimers = new Set<string>();
  const pushTimerAlert = (alert: OverdueAlert): void => {
    const key = `${alert.kind}|${alert.callId ?? alert.referralId}|${alert.vehicleId}|${alert.since}`;
    if (seenTimers.has(key)) return;
    seenTimers.add(key);
    const describe = (): string => t(`alerts.${alert.kind}`, { number: alert.caseNumber, vehicle: callSignLabel(alert.callSign, alert.callSignEn),
      minutes: Math.round((alert.limitSeconds / 60) * 10) / 10 });
    alerts.push({ kind: memberName(alert.kind), message: describe(), describe, referralId: alert.referralId, callId: alert.callId });
  };
  // Timers that ran out before this console opened (or while it was disconnected) are still the dispatcher's to see.
  const loadOverdue = (): Promise<void> => apiOptional<OverdueAlert[]>('/api/oversight/alerts')
    .then((list) => { for (const a of list ?? []) pushTimerAlert(a); }, () => undefined);
  void loadOverdue();

  // Live ---------------------------------------------------------------------------------------------------
  disposers.push(
    hub.on('VehiclePositions', (batch) => fleet.queuePositions(batch)),
    hub.on('VehicleStatusChanged', (change) => fleet.queueStatus(change)),
    hub.on('ReferralChanged', (summary) => referrals.upsert(summary)),
    hub.on('ReferralWithdrawn', (w) => { if (w && typeof w.id === 'string') referrals.remove(w.id); }),
    hub.on('ReferralEscalated', (s) => {
      referrals.upsert(s);
      // Nobody accepted in time (or no capable hospital): this needs a human now.
      const describe = (): string => [t('alerts.escalatedReferral', { id: referralNumber(s) }), patientLine(s), escalationReason(s.reason)].filter(Boolean).join(' · ');
      // A priority-1 or red-tier patient's escalation sounds again until a dispatcher acknowledges it.
      alerts.pushLive({ kind: 'Escalated', message: describe(), describe, referralId: s.id, repeat: s.priority === 1 || s.tier === 'red' });
    }),
    hub.on('ReferralAlert', (alert) => {
      referrals.upsert(alert.referral);
      alerts.pushLive(referralAlert(alert, names));
    }),
    hub.on('Alert', (alert) => {
      pushTimerAlert(alert);
      // The card's timer turns red by itself; the list is redrawn so it shows at once.
      queuePanel.refresh();
    }),
    hub.on('RoadClosuresChanged', () => void loadClosures()),
    hub.on('CoverageChanged', (raw) => { if (isCoverageView(raw)) showCoverage(raw); }),
    hub.on('CallChanged', (call) => {
      if (call && typeof call.id === 'string') calls.upsert(call);
      // The figures are the server's to compute; ask again shortly after a burst of changes.
      window.clearTimeout(shiftRefresh);
      shiftRefresh = window.setTimeout(() => void loadShift(), 2000);
    }),
    hub.onResync((reconnected) => {
      // Only a return after an outage is news to the dispatcher; the page's first connect is not.
      void Promise.all([loadVehicles(), loadReferrals(), loadCalls(), loadShift(), loadClosures(), loadCoverage(), loadOverdue()])
        .then(() => { if (reconnected) toast(t('conn.resynced'), 'success'); });
    }),
    fleet.subscribe((c) => { if (c.reset) renderTabs(); }),
    fleet.subscribe((c) => {
      if (c.reset) router.checkAll();
      for (const v of c.moved) router.vehicleMoved(v.id);
    }),
    referrals.subscribe(renderTabs),
    calls.subscribe(renderTabs),
    referrals.subscribe(syncMissions),
    calls.subscribe(syncMissions),
    // Pins and marks already on the map carry words too (the referral pin, the transfer vehicle's glyph).
    onLangChange(() => { renderTabs(); fleetLayer.relabel(); referralLayer.sync(); if (map) rewordOpenOverlays(map); }),
  );
  alerts.onChange(renderTabs);

  // Keys ------------------------------------------------------------------------------------------------------
  disposers.push(bindShortcuts({
    newCall: () => newCall.dialog.open(),
    search: () => { selectTab('vehicles'); fleetPanel.focusSearch(); },
    help: () => (help.isOpen ? help.close() : help.open()),
    tab: (i) => { const id = TABS[i]; if (id) selectTab(id); },
    fit: () => { if (map && region) fitRegion(map, region); },
    closure: drawClosure,
    escape: () => {
      // Close the innermost thing first: help, then the call form, then search, then popups, then the alert banner.
      if (help.isOpen) help.close();
      else if (closureTool.cancel()) return;
      else if (newCall.dialog.isOpen) newCall.dialog.close();
      else if (fleetPanel.clearSearch()) return;
      else if (map && document.querySelector('.leaflet-popup')) map.closePopup();
      else alerts.acknowledgeTop();
    },
  }));

  return () => {
    hideDiagnostics();
    routeLayer.dispose();
    router.dispose();
    closureTool.dispose();
    closures.dispose();
    coverageLayer.dispose();
    coveragePanel.dispose();
    for (const dispose of disposers) dispose();
    fleetPanel.dispose();
    queuePanel.dispose();
    figures.dispose();
    alerts.dispose();
    fleet.dispose();
    map?.remove();
  };
};
