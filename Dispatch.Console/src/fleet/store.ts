// In-memory fleet state. Position batches arrive ~10/s; they are queued and applied once per animation frame.
import type { VehiclePosition, VehicleStatusChanged } from '../api/contract';
import type { Vehicle } from './types';

export interface FleetChange {
  /** Vehicles whose position moved in this frame. */
  moved: Vehicle[];
  /** Vehicles whose status or stale flag changed (redraw icon, recount lists). */
  restyled: Vehicle[];
  /** The whole fleet was replaced (snapshot). */
  reset: boolean;
}

/** Same default as the server's Fleet:StaleAfterSeconds. */
export const STALE_AFTER_MS = 60_000;
const FLUSH_MS = 150;

export class FleetStore {
  readonly vehicles = new Map<string, Vehicle>();
  /** Local receipt time of each vehicle's last report: immune to clock skew between device, server and browser. */
  private readonly lastHeard = new Map<string, number>();
  private staleTimer = 0;
  private pendingPositions = new Map<string, VehiclePosition>();
  private pendingStatus = new Map<string, VehicleStatusChanged>();
  private frame = 0;
  private wait = 0;
  private lastFlush = 0;
  private readonly listeners = new Set<(change: FleetChange) => void>();

  replaceAll(list: Vehicle[]): void {
    // A report pushed while the snapshot was on its way (applied or still queued) can be newer than the snapshot:
    // it is kept, or a vehicle that just reported would show its older position, or stale, until it reports again.
    const heard = new Map<string, VehiclePosition>();
    for (const v of this.vehicles.values()) if (v.position && !v.stale) heard.set(v.id, v.position);
    for (const p of this.pendingPositions.values()) if (newer(p, heard.get(p.vehicleId))) heard.set(p.vehicleId, p);
    this.vehicles.clear();
    this.lastHeard.clear();
    const now = Date.now();
    for (const v of list) {
      const pushed = heard.get(v.id);
      if (pushed && newer(pushed, v.position)) {
        v.position = pushed;
        v.stale = false;
      }
      this.vehicles.set(v.id, v);
      if (v.position && !v.stale) this.lastHeard.set(v.id, now);
    }
    if (!this.staleTimer) this.staleTimer = window.setInterval(() => this.markSilentVehicles(), 5000);
    this.pendingPositions.clear();
    this.pendingStatus.clear();
    this.emit({ moved: [], restyled: [], reset: true });
  }

  queuePositions(batch: VehiclePosition[]): void {
    if (!Array.isArray(batch)) return;
    for (const report of batch) {
      if (!report || typeof report.vehicleId !== 'string' || !Number.isFinite(report.lat) || !Number.isFinite(report.lon)) continue;
      const queued = this.pendingPositions.get(report.vehicleId);
      // Keep only the newest report per vehicle within a frame.
      if (!queued || queued.timestamp <= report.timestamp) this.pendingPositions.set(report.vehicleId, report);
    }
    this.schedule();
  }

  queueStatus(change: VehicleStatusChanged): void {
    if (!change || typeof change.vehicleId !== 'string') return;
    this.pendingStatus.set(change.vehicleId, change);
    this.schedule();
  }

  subscribe(listener: (change: FleetChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The server does not announce that a vehicle went silent; the console notices it itself. */
  private markSilentVehicles(): void {
    const cutoff = Date.now() - STALE_AFTER_MS;
    const restyled: Vehicle[] = [];
    for (const [id, heard] of this.lastHeard) {
      const v = this.vehicles.get(id);
      if (!v || v.stale || heard > cutoff) continue;
      v.stale = true;
      this.lastHeard.delete(id);
      restyled.push(v);
    }
    if (restyled.length) this.emit({ moved: [], restyled, reset: false });
  }

  dispose(): void {
    window.clearInterval(this.staleTimer);
    window.clearTimeout(this.wait);
    cancelAnimationFrame(this.frame);
    this.listeners.clear();
  }

  private schedule(): void {
    if (this.frame || this.wait) return;
    // At most one redraw per FLUSH_MS: vehicles report about once a second, so 6–7 updates a second look
    // continuous, and a canvas of thousands of vehicles is not repainted on every display frame.
    const delay = this.lastFlush + FLUSH_MS - performance.now();
    if (delay <= 0) this.frame = requestAnimationFrame(() => this.flush());
    else this.wait = window.setTimeout(() => { this.wait = 0; this.frame = requestAnimationFrame(() => this.flush()); }, delay);
  }

  private flush(): void {
    this.frame = 0;
    this.lastFlush = performance.now();
    const moved: Vehicle[] = [];
    const restyled: Vehicle[] = [];
    for (const report of this.pendingPositions.values()) {
      const v = this.vehicles.get(report.vehicleId);
      if (!v) continue;
      const wasStale = v.stale;
      v.position = report;
      // A fresh report proves the vehicle is in contact again.
      v.stale = false;
      this.lastHeard.set(v.id, Date.now());
      moved.push(v);
      if (wasStale) restyled.push(v);
    }
    for (const change of this.pendingStatus.values()) {
      const v = this.vehicles.get(change.vehicleId);
      if (!v) continue;
      v.status = change.status;
      restyled.push(v);
    }
    this.pendingPositions.clear();
    this.pendingStatus.clear();
    if (moved.length || restyled.length) this.emit({ moved, restyled, reset: false });
  }

  private emit(change: FleetChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** True when report `a` was taken after `b` (or there is no `b`). */
function newer(a: VehiclePosition, b: VehiclePosition | null | undefined): boolean {
  return !b || Date.parse(a.timestamp) > Date.parse(b.timestamp);
}
