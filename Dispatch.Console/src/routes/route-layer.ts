// Route lines on a Leaflet map: thin, coloured by phase, in a pane of their own beneath the vehicles.
// SVG: a few dozen lines at most, each a real element (class route-line) that tests and support staff can find.
import * as L from 'leaflet';
import type { MissionRouteView, MissionRouter } from './mission-route';
import type { Phase } from './eta';
import type { RouteSighting } from '../diagnostics';
import { STATUS_COLOURS } from '../fleet/status';

// The colours of the matching vehicle statuses (前往现场 / 转运中), so a line reads like the vehicle on it.
export const ROUTE_COLOURS: Record<Phase, string> = { toPatient: STATUS_COLOURS.enRoute, toHospital: STATUS_COLOURS.transporting };

export class RouteLayer {
  private readonly lines = new Map<string, { line: L.Polyline; casing: L.Polyline; key: string }>();
  private readonly group = L.layerGroup();
  private renderer: L.Renderer | null = null;
  private readonly off: () => void;

  constructor(private readonly router: MissionRouter) {
    this.off = router.subscribe(() => this.sync());
  }

  /** `zIndex` below the vehicles' pane (dispatcher canvas 450; tracking-map circles in the overlay pane, 400). */
  addTo(map: L.Map, zIndex: number): void {
    const pane = map.createPane('routes');
    pane.style.zIndex = String(zIndex);
    pane.style.pointerEvents = 'none';
    this.renderer = L.svg({ pane: 'routes', padding: 0.3 });
    this.group.addTo(map);
    this.sync();
  }

  /** Which routes are actually on the map. */
  drawn(id: string): boolean {
    return this.lines.has(id);
  }

  dispose(): void {
    this.off();
    this.group.clearLayers();
    this.lines.clear();
  }

  private sync(): void {
    if (!this.renderer) return;
    const views = this.router.views();
    const keep = new Set<string>();
    for (const v of views) {
      if (v.coordinates.length < 2) continue;
      keep.add(v.missionId);
      this.draw(v);
    }
    for (const [id, drawn] of this.lines) {
      if (keep.has(id)) continue;
      this.group.removeLayer(drawn.line);
      this.group.removeLayer(drawn.casing);
      this.lines.delete(id);
    }
  }

  private draw(v: MissionRouteView): void {
    const first = v.coordinates[0];
    const last = v.coordinates[v.coordinates.length - 1];
    // Redraw only when the route itself changed, not on every ETA tick.
    const key = `${v.phase}:${v.coordinates.length}:${first?.join(',')}:${last?.join(',')}`;
    const known = this.lines.get(v.missionId);
    if (known?.key === key) return;
    const latLngs = v.coordinates.map(([lon, lat]) => L.latLng(lat, lon));
    if (known && known.key.startsWith(`${v.phase}:`)) {
      known.casing.setLatLngs(latLngs);
      known.line.setLatLngs(latLngs);
      known.key = key;
      return;
    }
    if (known) { this.group.removeLayer(known.line); this.group.removeLayer(known.casing); }
    const renderer = this.renderer ?? undefined;
    // A thin white casing keeps the line readable over the basemap's orange main roads.
    const casing = L.polyline(latLngs, { color: '#ffffff', weight: 5, opacity: 0.9, interactive: false, className: 'route-casing', renderer, lineJoin: 'round' });
    const line = L.polyline(latLngs, { color: ROUTE_COLOURS[v.phase], weight: 3, opacity: 0.95, interactive: false,
      className: `route-line route-${v.phase}`, renderer, lineJoin: 'round' });
    this.group.addLayer(casing);
    this.group.addLayer(line);
    this.lines.set(v.missionId, { line, casing, key });
  }
}

/** The routes as the diagnostics hook reports them: points counted only for lines actually on the map. */
export function routeSightings(router: MissionRouter, layer: RouteLayer): RouteSighting[] {
  return router.views().map((v) => {
    const drawn = layer.drawn(v.missionId);
    return {
      missionId: v.missionId, vehicleId: v.vehicleId, phase: v.phase,
      points: drawn ? v.coordinates.length : 0,
      to: drawn ? v.coordinates[v.coordinates.length - 1] ?? null : null,
      etaSeconds: v.etaSeconds === null ? null : Math.round(v.etaSeconds),
    };
  });
}
