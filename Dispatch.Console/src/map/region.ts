// The operating region: map centre, bounds and basemap tile source.
import { api } from '../auth/http';

export interface Region {
  id: string;
  name: string;
  nameEn: string;
  center: { lon: number; lat: number };
  zoom: number;
  bounds: { west: number; south: number; east: number; north: number };
  tileUrl: string;
  attribution: string;
}

export function fetchRegion(): Promise<Region> {
  return api<Region>('/api/region');
}
