// Read-only diagnostics on window.dispatchConsole: what the console currently believes, for support staff
// and the browser tests (the vehicles are drawn on a canvas, so the DOM alone cannot tell where they are).
import type { FleetStore } from '../fleet/store';

interface Diagnostics {
  vehicle(id: string): { lon: number; lat: number; status: string; stale: boolean } | null;
  vehicleCount(): number;
}

declare global {
  interface Window {
    dispatchConsole?: Diagnostics;
  }
}

export function exposeFleet(store: FleetStore): () => void {
  window.dispatchConsole = {
    vehicle(id) {
      const v = store.vehicles.get(id);
      return v?.position ? { lon: v.position.lon, lat: v.position.lat, status: v.status, stale: v.stale } : null;
    },
    vehicleCount: () => store.vehicles.size,
  };
  return () => {
    delete window.dispatchConsole;
  };
}
