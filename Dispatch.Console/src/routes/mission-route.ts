// Road routes for the missions in progress: one per vehicle on a call or referral, from where the vehicle was to
// where it is going. A route is asked again when the vehicle has left it by more than 150 m, or after 30 s; at most
// one request per mission is in flight, and only a few across all missions, so many missions stay cheap.
import { fetchRoute, type LonLat, type RoadRoute } from './api';
import { distanceMeters, remainingSeconds, type Phase } from './eta';

export interface Mission {
  /** The call or referral id. */
  id: string;
  vehicleId: string;
  phase: Phase;
  target: LonLat;
}

export interface MissionRouteView {
  missionId: string;
  vehicleId: string;
  phase: Phase;
  /** [lon, lat] pairs; empty until the first route arrives (or when the mission is not routable). */
  coordinates: [number, number][];
  etaSeconds: number | null;
}

export const MOVED_METERS = 150;
export const REFRESH_MS = 30_000;
/** After a refused route (not routable, network) wait this long before asking again. */
const RETRY_MS = 30_000;
const MAX_IN_FLIGHT = 4;
/** However fast a vehicle leaves its route, one mission asks at most this often (many missions stay cheap). */
const MIN_GAP_MS = 5_000;
const CHECK_MS = 5_000;

interface Tracked {
  mission: Mission;
  route: RoadRoute | null;
  computedFrom: LonLat | null;
  computedAt: number;
  failedAt: number;
  inFlight: AbortController | null;
}

const sameTarget = (a: LonLat, b: LonLat): boolean => distanceMeters(a, b) < 1;

export class MissionRouter {
  private readonly tracked = new Map<string, Tracked>();
  private readonly byVehicle = new Map<string, Set<string>>();
  private readonly waiting = new Set<string>();
  private inFlight = 0;
  private readonly listeners = new Set<() => void>();
  private readonly timer: number;

  constructor(private readonly positionOf: (vehicleId: string) => LonLat | null) {
    this.timer = window.setInterval(() => this.checkAll(), CHECK_MS);
  }

  /** Replaces the set of missions: new ones are routed, changed ones rerouted, ended ones dropped. */
  sync(missions: Mission[]): void {
    const seen = new Set<string>();
    let changed = false;
    for (const m of missions) {
      seen.add(m.id);
      const known = this.tracked.get(m.id);
      if (known && known.mission.vehicleId === m.vehicleId && known.mission.phase === m.phase && sameTarget(known.mission.target, m.target)) continue;
      if (known) { this.drop(m.id); changed = true; }
      this.tracked.set(m.id, { mission: m, route: null, computedFrom: null, computedAt: 0, failedAt: 0, inFlight: null });
      let ids = this.byVehicle.get(m.vehicleId);
      if (!ids) this.byVehicle.set(m.vehicleId, (ids = new Set()));
      ids.add(m.id);
      this.consider(m.id);
    }
    for (const id of [...this.tracked.keys()]) {
      if (seen.has(id)) continue;
      this.drop(id);
      changed = true;
    }
    if (changed) this.emit();
  }

  /** A vehicle reported a position: reroute its missions if it left the route's start by more than 150 m. */
  vehicleMoved(vehicleId: string): void {
    const ids = this.byVehicle.get(vehicleId);
    if (!ids) return;
    for (const id of ids) this.consider(id);
  }

  /** Every vehicle may have moved (a fleet snapshot). */
  checkAll(): void {
    for (const id of this.tracked.keys()) this.consider(id);
  }

  views(now = Date.now()): MissionRouteView[] {
    return [...this.tracked.values()].map((x) => this.view(x, now));
  }

  eta(missionId: string, now = Date.now()): { phase: Phase; etaSeconds: number } | null {
    const x = this.tracked.get(missionId);
    if (!x?.route) return null;
    return { phase: x.mission.phase, etaSeconds: remainingSeconds(x.route.seconds, x.computedAt, now) };
  }

  /** Called when a route arrives or a mission leaves. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    window.clearInterval(this.timer);
    for (const id of [...this.tracked.keys()]) this.drop(id);
    this.listeners.clear();
  }

  private view(x: Tracked, now: number): MissionRouteView {
    return {
      missionId: x.mission.id,
      vehicleId: x.mission.vehicleId,
      phase: x.mission.phase,
      coordinates: x.route?.coordinates ?? [],
      etaSeconds: x.route ? remainingSeconds(x.route.seconds, x.computedAt, now) : null,
    };
  }

  private needsRoute(x: Tracked, now: number): boolean {
    if (x.inFlight) return false;
    const at = this.positionOf(x.mission.vehicleId);
    if (!at) return false;
    if (x.failedAt && now - x.failedAt < RETRY_MS) return false;
    if (!x.route || !x.computedFrom) return true;
    if (now - x.computedAt < MIN_GAP_MS) return false;
    return now - x.computedAt >= REFRESH_MS || distanceMeters(at, x.computedFrom) > MOVED_METERS;
  }

  private consider(id: string): void {
    const x = this.tracked.get(id);
    if (!x || this.waiting.has(id) || !this.needsRoute(x, Date.now())) return;
    this.waiting.add(id);
    this.pump();
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.size > 0) {
      const id = this.waiting.values().next().value as string;
      this.waiting.delete(id);
      const x = this.tracked.get(id);
      const from = x ? this.positionOf(x.mission.vehicleId) : null;
      if (!x || !from || x.inFlight) continue;
      this.request(x, from);
    }
  }

  private request(x: Tracked, from: LonLat): void {
    const controller = new AbortController();
    x.inFlight = controller;
    this.inFlight++;
    void fetchRoute(from, x.mission.target, controller.signal).then((route) => {
      this.inFlight--;
      // Dropped or replaced meanwhile: this answer is for a mission that is no longer shown.
      if (this.tracked.get(x.mission.id) !== x || controller.signal.aborted) { this.pump(); return; }
      x.inFlight = null;
      if (route) {
        x.route = route;
        x.computedFrom = from;
        x.computedAt = Date.now();
        x.failedAt = 0;
      } else {
        // Not routable now: show nothing rather than a stale line to a place the vehicle has left.
        x.failedAt = Date.now();
        x.route = null;
      }
      this.emit();
      this.pump();
    });
  }

  private drop(id: string): void {
    const x = this.tracked.get(id);
    if (!x) return;
    x.inFlight?.abort();
    this.tracked.delete(id);
    this.waiting.delete(id);
    const ids = this.byVehicle.get(x.mission.vehicleId);
    ids?.delete(id);
    if (ids?.size === 0) this.byVehicle.delete(x.mission.vehicleId);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
