// Hospitals (square "H" markers, red ring when on diversion) and grassroots institutions (small dots).
import * as L from 'leaflet';
import { esc } from '../ui/dom';
import { t } from '../i18n';
import { capabilityLabel, diversionLabel, facilityName, grassrootsKindLabel, levelLabel } from './labels';
import type { Facilities, GrassrootsFacility, Hospital } from './types';

export function hospitalTooltip(hs: Hospital): string {
  const badges = hs.capabilities.map((c) => `<span class="cap-badge">${esc(capabilityLabel(c))}</span>`).join('');
  const beds = Object.entries(hs.beds ?? {})
    .map(([cap, n]) => {
      const held = hs.bedsHeld?.[cap] ?? 0;
      return `<span class="bed"><b>${esc(capabilityLabel(cap))}</b> ${held ? `${Math.max(0, n - held)} <span class="muted">(${esc(t('gc.beds.held', { n: held }))})</span>` : n}</span>`;
    }).join('');
  return `<div class="fac-tip">
    <div class="fac-tip-name">${esc(facilityName(hs))}</div>
    <div class="fac-tip-meta">${esc(levelLabel(hs.level))} · <span class="${hs.onDiversion ? 'diversion-on' : 'diversion-off'}">${esc(diversionLabel(hs.onDiversion))}</span></div>
    ${badges ? `<div class="cap-badges">${badges}</div>` : ''}
    ${beds ? `<div class="fac-tip-beds"><span class="muted">${esc(t('fac.beds'))}</span> ${beds}</div>` : ''}
  </div>`;
}

function grassrootsTooltip(g: GrassrootsFacility): string {
  return `<div class="fac-tip"><div class="fac-tip-name">${esc(facilityName(g))}</div><div class="fac-tip-meta">${esc(grassrootsKindLabel(g.kind))}</div></div>`;
}

function hospitalIcon(hs: Hospital): L.DivIcon {
  return L.divIcon({
    className: `hosp-marker level-${hs.level}${hs.onDiversion ? ' on-diversion' : ''}`,
    html: '<span>H</span>',
    iconSize: [24, 24],
    iconAnchor: [12, 12],
    tooltipAnchor: [12, 0],
  });
}

export interface FacilityLayers {
  hospitals: L.LayerGroup;
  grassroots: L.LayerGroup;
  markerFor(hospitalId: string): L.Marker | undefined;
  /** HospitalChanged: new beds or diversion; the marker ring and tooltip follow. */
  updateHospital(hospital: Hospital): void;
}

export function createFacilityLayers(facilities: Facilities): FacilityLayers {
  const hospitals = L.layerGroup();
  const grassroots = L.layerGroup();
  const byId = new Map<string, L.Marker>();
  for (const g of facilities.grassroots) {
    L.circleMarker([g.lat, g.lon], { radius: 4, color: '#0f766e', weight: 1.5, fillColor: '#5eead4', fillOpacity: 0.9 })
      .bindTooltip(() => grassrootsTooltip(g), { direction: 'top', offset: [0, -4], opacity: 1 })
      .addTo(grassroots);
  }
  const current = new Map<string, Hospital>();
  for (const hs of facilities.hospitals) {
    current.set(hs.id, hs);
    // Tooltip content is a function so it follows the current language and data each time it opens.
    const marker = L.marker([hs.lat, hs.lon], { icon: hospitalIcon(hs), zIndexOffset: 500, keyboard: false, title: '' })
      .bindTooltip(() => hospitalTooltip(current.get(hs.id) ?? hs), { direction: 'right', className: 'fac-tooltip', opacity: 1 })
      .addTo(hospitals);
    byId.set(hs.id, marker);
  }
  return {
    hospitals,
    grassroots,
    markerFor: (id) => byId.get(id),
    updateHospital(hospital) {
      const marker = byId.get(hospital.id);
      if (!marker) return;
      current.set(hospital.id, hospital);
      marker.setIcon(hospitalIcon(hospital));
    },
  };
}
