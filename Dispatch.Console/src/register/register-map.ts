// The facility's people on the map, coloured by tier and clustered when dense (Leaflet.markercluster).
import * as L from 'leaflet';
import 'leaflet.markercluster';
import { esc } from '../ui/dom';
import { createBaseMap } from '../map/base-map';
import type { Region } from '../map/region';
import type { MapPoint } from './types';

// The plugin extends the global Leaflet object it was loaded into.
const Leaflet = (window as unknown as { L: typeof L }).L;
const COLOURS: Record<string, string> = { red: '#dc2626', yellow: '#d97706', green: '#16a34a' };
const RANK: Record<string, number> = { red: 3, yellow: 2, green: 1 };

export interface RegisterMap {
  element: HTMLElement;
  setPoints(points: MapPoint[]): void;
  /** Called when a person's dot is clicked. */
  onOpen(handler: (id: string) => void): void;
  /** Called with the clicked position while picking a home location; null ends picking and clears the mark. */
  pick(handler: ((lon: number, lat: number) => void) | null): void;
  /** Marks a home being entered (picked or typed) and brings it into view. */
  mark(lon: number, lat: number): void;
  refresh(): void;
  dispose(): void;
}

export function createRegisterMap(region: Region): RegisterMap {
  const element = document.createElement('div');
  element.className = 'reg-map';
  let map: L.Map | null = null;
  let openHandler: (id: string) => void = () => undefined;
  let pickHandler: ((lon: number, lat: number) => void) | null = null;
  let pending: MapPoint[] = [];
  let home: L.Marker | null = null;
  let homeAt: [number, number] | null = null;
  const drawHome = (): void => {
    if (!map) return;
    home?.remove();
    home = homeAt ? Leaflet.marker(homeAt, { icon: Leaflet.divIcon({ className: 'reg-home-mark', iconSize: [18, 18] }), interactive: false, zIndexOffset: 1000 }).addTo(map) : null;
  };
  const clusters = Leaflet.markerClusterGroup({
    chunkedLoading: true,
    showCoverageOnHover: false,
    maxClusterRadius: 45,
    // A cluster takes the colour of the highest tier inside it, so a red person is never hidden in a green bubble.
    iconCreateFunction: (cluster) => {
      const worst = cluster.getAllChildMarkers().reduce((w, m) => Math.max(w, RANK[(m.options as { tier?: string }).tier ?? 'green'] ?? 1), 1);
      const tier = Object.keys(RANK).find((k) => RANK[k] === worst) ?? 'green';
      return Leaflet.divIcon({ className: `reg-cluster reg-cluster-${tier}`, html: `<span>${cluster.getChildCount()}</span>`, iconSize: [34, 34] });
    },
  });

  const draw = (): void => {
    if (!map) return;
    clusters.clearLayers();
    clusters.addLayers(pending.map((p) => {
      const marker = Leaflet.marker([p.lat, p.lon], {
        tier: p.tier,
        icon: Leaflet.divIcon({ className: `reg-dot reg-dot-${p.tier}${p.overdue ? ' is-overdue' : ''}`, iconSize: [14, 14], html: '' }),
        title: p.name,
      } as L.MarkerOptions);
      marker.bindTooltip(esc(p.name));
      marker.on('click', () => openHandler(p.id));
      return marker;
    }));
  };

  // Leaflet needs a sized container: build the map once the element is in the page.
  const ready = new ResizeObserver(() => {
    if (!element.isConnected || element.clientHeight === 0) return;
    if (!map) {
      map = createBaseMap(element, region);
      map.addLayer(clusters);
      map.on('click', (e: L.LeafletMouseEvent) => pickHandler?.(Number(e.latlng.lng.toFixed(6)), Number(e.latlng.lat.toFixed(6))));
      draw();
      drawHome();
      if (pending.length) map.fitBounds(Leaflet.latLngBounds(pending.map((p) => [p.lat, p.lon] as [number, number])).pad(0.1), { animate: false });
    } else map.invalidateSize();
  });
  ready.observe(element);

  return {
    element,
    setPoints(points) {
      const first = pending.length === 0;
      pending = points;
      draw();
      if (map && first && points.length) map.fitBounds(Leaflet.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])).pad(0.1), { animate: false });
    },
    onOpen(handler) { openHandler = handler; },
    pick(handler) {
      pickHandler = handler;
      element.classList.toggle('is-picking', handler !== null);
      if (handler === null) { homeAt = null; drawHome(); }
    },
    mark(lon, lat) {
      homeAt = [lat, lon];
      drawHome();
      if (map && !map.getBounds().contains(homeAt)) map.panTo(homeAt, { animate: false });
    },
    refresh() { map?.invalidateSize(); },
    dispose() {
      ready.disconnect();
      map?.remove();
    },
  };
}

export const tierColour = (tier: string): string => COLOURS[tier] ?? COLOURS.green;
