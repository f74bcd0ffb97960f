// The Leaflet map with the region's basemap; offline tiles come from the server at /tiles.
import * as L from 'leaflet';
import type { Region } from './region';

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

export function regionBounds(region: Region): L.LatLngBounds {
  const b = region.bounds;
  return L.latLngBounds([b.south, b.west], [b.north, b.east]);
}

export function createBaseMap(container: HTMLElement, region: Region): L.Map {
  const ownTiles = region.tileUrl.startsWith('/tiles');
  const map = L.map(container, {
    // Canvas for vector layers: thousands of circle markers stay cheap to redraw.
    preferCanvas: true,
    zoomControl: true,
    attributionControl: true,
    // The server renders z10–18 only; asking beyond that would just produce 404s.
    minZoom: ownTiles ? 10 : 3,
    maxZoom: 18,
    maxBounds: regionBounds(region).pad(0.5),
    maxBoundsViscosity: 0.8,
    worldCopyJump: false,
  });
  map.attributionControl.setPrefix('Leaflet');
  L.tileLayer(region.tileUrl, {
    minZoom: ownTiles ? 10 : 0,
    maxZoom: 18,
    tileSize: 256,
    attribution: region.attribution || OSM_ATTRIBUTION,
    keepBuffer: 4,
  }).addTo(map);
  fitRegion(map, region);
  return map;
}

/** The operator's chosen view (centre + zoom); the bounds only fence panning, they are often much wider. */
export function fitRegion(map: L.Map, region: Region): void {
  const c = region.center;
  if (c && Number.isFinite(c.lat) && Number.isFinite(c.lon) && region.zoom) map.setView([c.lat, c.lon], region.zoom, { animate: false });
  else map.fitBounds(regionBounds(region), { animate: false });
}
