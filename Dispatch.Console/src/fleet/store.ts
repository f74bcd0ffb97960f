// In-memory fleet state. Position batches arrive ~10/s; they are queued and applied once per animation frame.
import type { PositionReport, VehicleStatusChange } from '../realtime/events';
import { isKnownStatus, type Vehicle } from './types';

export interface FleetChange {
  /** Vehicles whose position moved in this frame. */
  moved: Vehicle[];
  /** Vehicles whose status or stale flag changed (redraw icon, recount lists). */
  restyled: Vehicle[];
  /** The whole fleet was replaced (snapshot). */
  reset: boolean;
}

export class FleetStore {
  readonly vehicles = new Map<string, Vehicle>();
  private pendingPositions = new Map<string, PositionReport>();
  private pendingStatus = new Map<string, VehicleStatusChange>();
  private frame = 0;
  private readonly listeners = new Set<(change: FleetChange) => void>();

  replaceAll(list: Vehicle[]): void {
    this.vehicles.clear();
    for (const v of list) this.vehicles.set(v.id, v);
    // Anything queued before the snapshot is older than it; newer reports will follow.
    this.pendingPositions.clear();
    this.pendingStatus.clear();
    this.emit({ moved: [], restyled: [], reset: true });
  }

  queuePositions(batch: PositionReport[]): void {
    if (!Array.isArray(batch)) return;
    for (const report of batch) {
      if (!report || typeof report.vehicleId !== 'string' || !Number.isFinite(report.lat) || !Number.isFinite(report.lon)) continue;
      const queued = this.pendingPositions.get(report.vehicleId);
      // Keep only the newest report per vehicle within a frame.
      if (!queued || queued.timestamp <= report.timestamp) this.pendingPositions.set(report.vehicleId, report);
    }
    this.schedule();
  }

  queueStatus(change: VehicleStatusChange): void {
    if (!change || typeof change.vehicleId !== 'string') return;
    this.pendingStatus.set(change.vehicleId, change);
    this.schedule();
  }

  subscribe(listener: (change: FleetChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.listeners.clear();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.frame = 0;
    const moved: Vehicle[] = [];
    const restyled: Vehicle[] = [];
    for (const report of this.pendingPositions.values()) {
      const v = this.vehicles.get(report.vehicleId);
      if (!v) continue;
      const wasStale = v.stale;
      v.position = { lon: report.lon, lat: report.lat, speedKmh: report.speedKmh, headingDeg: report.headingDeg, timestamp: report.timestamp };
      // A fresh report proves the vehicle is in contact again.
      v.stale = false;
      moved.push(v);
      if (wasStale) restyled.push(v);
    }
    for (const change of this.pendingStatus.values()) {
      const v = this.vehicles.get(change.vehicleId);
      if (!v) continue;
      if (typeof change.status === 'string' && isKnownStatus(change.status)) v.status = change.status;
      v.stale = Boolean(change.stale);
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
