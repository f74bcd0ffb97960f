// Status colours: chosen for contrast on a light map and to be told apart without reading the label.
import type { VehicleStatus } from './types';

export const STATUS_COLOURS: Record<VehicleStatus, string> = {
  Available: '#16a34a',    // green: can be sent
  Dispatched: '#f59e0b',   // amber: just assigned
  EnRoute: '#ea580c',      // orange: driving to the patient
  OnScene: '#dc2626',      // red: with the patient
  Transporting: '#7c3aed', // purple: patient on board
  AtHospital: '#2563eb',   // blue: handing over
  Returning: '#0891b2',    // teal: coming back, soon available
  OutOfService: '#475569', // slate: not usable
  Relocating: '#65a30d',   // olive: moving up to a standby post, still free to send
};

export const STALE_COLOUR = '#9ca3af';

/** Statuses in which a vehicle counts as busy on a mission. */
export const BUSY: ReadonlySet<VehicleStatus> = new Set(['Dispatched', 'EnRoute', 'OnScene', 'Transporting', 'AtHospital']);
