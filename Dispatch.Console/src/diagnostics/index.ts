// Read-only diagnostics on window.dispatchConsole: what the console currently believes, for support staff
// and the browser tests (vehicles are drawn on a canvas or a small map, so the DOM alone cannot tell where they are).
import type { FleetStore } from '../fleet/store';

export interface VehicleSighting {
  lon: number;
  lat: number;
  /** The fleet status on the dispatcher's map; absent on a doctor's or hospital's tracking map. */
  status?: string;
  stale?: boolean;
}

/** A mission's route line as drawn: `points` is 0 until a route is on the map. */
export interface RouteSighting {
  missionId: string;
  vehicleId: string;
  phase: string;
  points: number;
  /** The route's last point [lon, lat] (the road nearest the target), null until drawn. */
  to: [number, number] | null;
  etaSeconds: number | null;
}

interface Diagnostics {
  vehicle(id: string): VehicleSighting | null;
  vehicleCount(): number;
  routes(): RouteSighting[];
}

type Routes = () => RouteSighting[];
const noRoutes: Routes = () => [];

declare global {
  interface Window {
    dispatchConsole?: Diagnostics;
  }
}

function expose(diagnostics: Diagnostics): () => void {
  window.dispatchConsole = diagnostics;
  return () => {
    if (window.dispatchConsole === diagnostics) delete window.dispatchConsole;
  };
}

export function exposeFleet(store: FleetStore, routes: Routes = noRoutes): () => void {
  return expose({
    vehicle(id) {
      const v = store.vehicles.get(id);
      return v?.position ? { lon: v.position.lon, lat: v.position.lat, status: v.status, stale: v.stale } : null;
    },
    vehicleCount: () => store.vehicles.size,
    routes,
  });
}

/** The ambulances a doctor or hospital is following on the tracking map. */
export function exposeTracking(where: (id: string) => VehicleSighting | null, count: () => number, routes: Routes = noRoutes): () => void {
  return expose({ vehicle: where, vehicleCount: count, routes });
}
