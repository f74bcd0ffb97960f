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

let region: Promise<Region> | null = null;

/** The region never changes while the console runs, so every view shares one request; a failed one is asked again. */
export function fetchRegion(): Promise<Region> {
  region ??= api<Region>('/api/region').catch((err: unknown) => {
    region = null;
    throw err;
  });
  return region;
}
