// Vehicle markers on the map: one canvas mark per vehicle, created once, then moved or restyled in place.
// Position batches are already coalesced to one update per animation frame by the store.
import * as L from 'leaflet';
import type { FleetChange, FleetStore } from './store';
import type { Vehicle } from './types';
import { callSignLabel, vehiclePopup } from './labels';
import { VehicleMark } from './vehicle-mark';

export class FleetLayer {
  readonly group = L.layerGroup();
  private readonly marks = new Map<string, VehicleMark>();
  // A renderer of their own keeps vehicle redraws from repainting facilities, and sits above them.
  private readonly renderer = L.canvas({ padding: 0.15, tolerance: 2, pane: 'vehicles' });

  constructor(private readonly store: FleetStore, private readonly staleTag: () => string) {
    store.subscribe((change) => this.apply(change));
  }

  addTo(map: L.Map): void {
    const pane = map.createPane('vehicles');
    pane.style.zIndex = '450'; // above overlays (facility dots), below markers (hospitals) and popups
    this.group.addTo(map);
    // Glyph size depends on zoom; redraw all once the zoom settles.
    map.on('zoomend', () => this.redrawAll());
  }

  /** Re-applies text that depends on the language (stale tags). */
  relabel(): void {
    this.redrawAll();
  }

  focus(map: L.Map, id: string): void {
    const mark = this.marks.get(id);
    if (!mark) return;
    map.flyTo(mark.getLatLng(), Math.max(map.getZoom(), 15), { duration: 0.6 });
    map.once('moveend', () => mark.openPopup());
  }

  private redrawAll(): void {
    for (const mark of this.marks.values()) mark.redraw();
  }

  private apply(change: FleetChange): void {
    if (change.reset) {
      this.group.clearLayers();
      this.marks.clear();
      for (const v of this.store.vehicles.values()) this.place(v);
      return;
    }
    for (const v of change.moved) {
      this.place(v);
      // An open popup shows speed and last report: keep it current while the dispatcher reads it.
      const mark = this.marks.get(v.id);
      if (mark?.isPopupOpen()) mark.setPopupContent(vehiclePopup(v));
    }
    for (const v of change.restyled) {
      const mark = this.marks.get(v.id);
      if (!mark) continue;
      mark.vehicle = v;
      mark.refresh();
      mark.redraw();
    }
  }

  private place(v: Vehicle): void {
    if (!v.position) return;
    const mark = this.marks.get(v.id);
    if (mark) {
      mark.vehicle = v;
      mark.setLatLng([v.position.lat, v.position.lon]);
      return;
    }
    const created = new VehicleMark([v.position.lat, v.position.lon], v, this.staleTag, this.renderer);
    created.bindPopup(() => vehiclePopup(created.vehicle), { maxWidth: 280 });
    created.bindTooltip(() => callSignLabel(created.vehicle.callSign, created.vehicle.callSignEn), { direction: 'top', offset: [0, -8] });
    this.marks.set(v.id, created);
    this.group.addLayer(created);
  }
}
