// Status colours: chosen for contrast on a light map and to be told apart without reading the label.
import type { VehicleStatus } from './types';

export const STATUS_COLOURS: Record<VehicleStatus, string> = {
  available: '#16a34a',    // green: can be sent
  dispatched: '#f59e0b',   // amber: just assigned
  enRoute: '#ea580c',      // orange: driving to the patient
  onScene: '#dc2626',      // red: with the patient
  transporting: '#7c3aed', // purple: patient on board
  atHospital: '#2563eb',   // blue: handing over
  returning: '#0891b2',    // teal: coming back, soon available
  outOfService: '#475569', // slate: not usable
  relocating: '#65a30d',   // olive: moving up to a standby post, still free to send
};

export const STALE_COLOUR = '#9ca3af';

/** Statuses in which a vehicle counts as busy on a mission. */
export const BUSY: ReadonlySet<VehicleStatus> = new Set(['dispatched', 'enRoute', 'onScene', 'transporting', 'atHospital']);
