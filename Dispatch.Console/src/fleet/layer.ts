// Vehicle markers on the map. One divIcon marker per vehicle, created once and then only moved or restyled:
// with ~2,000 vehicles, rebuilding icons per report would thrash the DOM.
import * as L from 'leaflet';
import type { FleetChange, FleetStore } from './store';
import type { Vehicle } from './types';
import { vehiclePopup } from './labels';

function iconClass(v: Vehicle): string {
  return `veh-marker kind-${v.kind} s-${v.status}${v.stale ? ' is-stale' : ''}`;
}

function makeIcon(v: Vehicle, staleTag: string): L.DivIcon {
  // Glyph tells the fleet apart at a glance: a cross for ambulances, "转" (transfer) for non-emergency vehicles.
  return L.divIcon({
    className: iconClass(v),
    html: `<i class="veh-glyph">${v.kind === 'nonEmergency' ? '转' : '✚'}</i><b class="veh-stale-tag">${v.stale ? staleTag : ''}</b>`,
    iconSize: [18, 18],
    iconAnchor: [9, 9],
    popupAnchor: [0, -10],
  });
}

export class FleetLayer {
  readonly group = L.layerGroup();
  private readonly markers = new Map<string, L.Marker>();

  constructor(private readonly store: FleetStore, private readonly staleTag: () => string) {
    store.subscribe((change) => this.apply(change));
  }

  markerFor(id: string): L.Marker | undefined {
    return this.markers.get(id);
  }

  /** Re-applies text that depends on the language (stale tags). */
  relabel(): void {
    for (const v of this.store.vehicles.values()) if (v.stale) this.restyle(v);
  }

  focus(map: L.Map, id: string): void {
    const marker = this.markers.get(id);
    if (!marker) return;
    map.flyTo(marker.getLatLng(), Math.max(map.getZoom(), 15), { duration: 0.6 });
    marker.openPopup();
  }

  private apply(change: FleetChange): void {
    if (change.reset) {
      this.group.clearLayers();
      this.markers.clear();
      for (const v of this.store.vehicles.values()) this.place(v);
      return;
    }
    for (const v of change.moved) this.place(v);
    for (const v of change.restyled) this.restyle(v);
  }

  private place(v: Vehicle): void {
    if (!v.position) return;
    const marker = this.markers.get(v.id);
    if (marker) {
      marker.setLatLng([v.position.lat, v.position.lon]);
      return;
    }
    const created = L.marker([v.position.lat, v.position.lon], { icon: makeIcon(v, this.staleTag()), keyboard: false, riseOnHover: true })
      .bindPopup(() => vehiclePopup(v), { maxWidth: 280 });
    this.markers.set(v.id, created);
    this.group.addLayer(created);
  }

  private restyle(v: Vehicle): void {
    const marker = this.markers.get(v.id);
    if (!marker) return;
    // Keep the icon options current for when Leaflet recreates the element (layer re-added).
    marker.options.icon = makeIcon(v, this.staleTag());
    const el = marker.getElement();
    if (!el) return;
    // Change classes on the existing element instead of setIcon (which recreates it).
    el.className = `${iconClass(v)} leaflet-marker-icon leaflet-zoom-animated leaflet-interactive`;
    const tag = el.querySelector('.veh-stale-tag');
    if (tag) tag.textContent = v.stale ? this.staleTag() : '';
  }
}
