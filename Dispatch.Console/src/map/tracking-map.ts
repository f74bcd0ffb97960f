// A small map for doctors and hospitals: their own facility, the other end of their transfers, and the
// assigned ambulances as they move (the server sends each of them only the vehicles of their own referrals).
import * as L from 'leaflet';
import { h } from '../ui/dom';
import { formatAge, t } from '../i18n';
import { esc } from '../ui/dom';
import { fetchRegion } from './region';
import { createBaseMap } from './base-map';
import type { Facilities } from '../facilities/types';
import { facilityName } from '../facilities/labels';
import type { PositionReport } from '../realtime/events';
import { referralNumber, type ReferralSummary } from '../referrals/types';
import { onVehicleCards, vehicleName } from '../fleet/cards';
import { exposeTracking } from '../diagnostics';
import { MissionRouter } from '../routes/mission-route';
import { RouteLayer, routeSightings } from '../routes/route-layer';
import { referralMissions } from '../routes/missions';
import type { EtaSource } from '../routes/eta';

export interface TrackingMap extends EtaSource {
  element: HTMLElement;
  /** Routes arrived or left: ETA lines may need refreshing. */
  onRoutes(listener: () => void): () => void;
  /** Redraws facility pins for the referrals on screen. */
  setReferrals(list: ReferralSummary[], facilities: Facilities): void;
  moveVehicles(batch: PositionReport[]): void;
  dispose(): void;
}

export function createTrackingMap(ownFacilityId: string | undefined): TrackingMap {
  const mapEl = h('div', { class: 'tracking-map-canvas' });
  const element = h('div', { class: 'tracking-map' }, mapEl);
  let map: L.Map | null = null;
  const pins = L.layerGroup();
  const vehicles = new Map<string, { marker: L.CircleMarker; last: PositionReport }>();
  let referrals: ReferralSummary[] = [];
  let resize: ResizeObserver | null = null;
  // Each followed ambulance's road route to the patient, then to the hospital, with its ETA.
  const router = new MissionRouter((id) => vehicles.get(id)?.last ?? null);
  const routeLayer = new RouteLayer(router);
  const offRoutes = router.subscribe(() => frame());
  const hideDiagnostics = exposeTracking((id) => {
    const v = vehicles.get(id)?.last;
    return v ? { lon: v.lon, lat: v.lat } : null;
  }, () => vehicles.size, () => routeSightings(router, routeLayer));
  const offCards = onVehicleCards(() => {
    for (const [id, v] of vehicles) v.marker.setTooltipContent(esc(vehicleName(id)));
  });

  fetchRegion().then((region) => {
    map = createBaseMap(mapEl, { ...region, zoom: Math.max(region.zoom - 1, 10) });
    pins.addTo(map);
    // Under the ambulance dots (overlay pane, 400), above the tiles.
    routeLayer.addTo(map, 390);
    frame();
    resize = new ResizeObserver(() => map?.invalidateSize({ pan: false }));
    resize.observe(mapEl);
  }, () => element.replaceChildren(h('div', { class: 'empty-state' }, t('map.region.failed'))));

  const label = (vehicleId: string): string => {
    const r = referrals.find((x) => x.vehicleId === vehicleId);
    const last = vehicles.get(vehicleId)?.last;
    return `<b>${esc(t('ref.vehicle'))} ${esc(vehicleName(vehicleId))}</b>${r ? `<br>${esc(referralNumber(r))} · ${esc(t('ref.priorityN', { n: r.priority ?? '—' }))}` : ''}`
      + (last ? `<br><span class="muted">${esc(t('vehicle.lastReport'))} ${esc(formatAge(last.timestamp))}</span>` : '');
  };

  let framed = '';
  /** Frames the facilities, vehicles and routes in play, once per change of that set (not on every move). */
  const frame = (): void => {
    if (!map) return;
    const points: L.LatLng[] = [];
    pins.eachLayer((layer) => { if (layer instanceof L.Marker) points.push(layer.getLatLng()); });
    for (const v of vehicles.values()) points.push(v.marker.getLatLng());
    // A road route may swing wide of the straight line between its ends: the whole of it goes in the frame.
    const routed: string[] = [];
    for (const route of router.views()) {
      if (route.coordinates.length < 2) continue;
      routed.push(`${route.missionId}/${route.phase}`);
      for (const [lon, lat] of route.coordinates) points.push(L.latLng(lat, lon));
    }
    const key = `${pins.getLayers().length}:${[...vehicles.keys()].join(',')}:${referrals.map((r) => r.id).join(',')}:${routed.join(',')}`;
    if (key === framed || points.length === 0) return;
    framed = key;
    if (points.length === 1 && points[0]) map.setView(points[0], 15, { animate: false });
    else map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 15, animate: false });
  };

  return {
    element,
    eta: (missionId) => router.eta(missionId),
    onRoutes: (listener) => router.subscribe(listener),
    setReferrals(list, facilities) {
      referrals = list;
      router.sync(referralMissions(list, facilities));
      pins.clearLayers();
      const ids = new Set<string>(ownFacilityId ? [ownFacilityId] : []);
      for (const r of list) {
        if (r.facilityId) ids.add(r.facilityId);
        if (r.hospitalId) ids.add(r.hospitalId);
      }
      for (const id of ids) {
        const f = facilities.hospitals.find((x) => x.id === id) ?? facilities.grassroots.find((x) => x.id === id);
        if (!f) continue;
        const isHospital = 'level' in f;
        L.marker([f.lat, f.lon], {
          icon: L.divIcon({ className: isHospital ? 'hosp-marker' : 'origin-marker', html: isHospital ? '<span>H</span>' : '<span></span>', iconSize: [22, 22], iconAnchor: [11, 11] }),
          keyboard: false,
        }).bindTooltip(esc(facilityName(f)), { direction: 'top', opacity: 1 }).addTo(pins);
      }
      // Vehicles of transfers that are over leave the map.
      const active = new Set(list.map((r) => r.vehicleId).filter((v): v is string => typeof v === 'string'));
      for (const [id, v] of vehicles) {
        if (active.has(id)) continue;
        v.marker.remove();
        vehicles.delete(id);
      }
      frame();
    },
    moveVehicles(batch) {
      if (!map || !Array.isArray(batch)) return;
      // Only the ambulances of the transfers on screen, whatever else might be pushed.
      const ours = new Set(referrals.map((r) => r.vehicleId).filter((v): v is string => typeof v === 'string'));
      for (const p of batch) {
        if (!p || typeof p.vehicleId !== 'string' || !ours.has(p.vehicleId) || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
        const known = vehicles.get(p.vehicleId);
        if (known) {
          known.last = p;
          known.marker.setLatLng([p.lat, p.lon]);
          router.vehicleMoved(p.vehicleId);
          continue;
        }
        // The call sign always beside the dot (the crew is phoned by it); details on click.
        const marker = L.circleMarker([p.lat, p.lon], { radius: 8, color: '#ffffff', weight: 2, fillColor: '#dc2626', fillOpacity: 1 })
          .bindTooltip(esc(vehicleName(p.vehicleId)), { permanent: true, direction: 'top', offset: [0, -8], className: 'vehicle-tag', opacity: 1 })
          .bindPopup(() => label(p.vehicleId))
          .addTo(map);
        vehicles.set(p.vehicleId, { marker, last: p });
        router.vehicleMoved(p.vehicleId);
        frame();
      }
    },
    dispose() {
      hideDiagnostics();
      offRoutes();
      routeLayer.dispose();
      router.dispose();
      offCards();
      resize?.disconnect();
      map?.remove();
    },
  };
}
