// Vehicle shapes from GET /api/fleet/vehicles.
export const VEHICLE_STATUSES = ['Available', 'Dispatched', 'EnRoute', 'OnScene', 'Transporting', 'AtHospital', 'Returning', 'OutOfService', 'Relocating'] as const;
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];
export type VehicleKind = 'ambulance' | 'nonEmergency';

export interface VehiclePosition {
  lon: number;
  lat: number;
  speedKmh: number;
  headingDeg: number;
  timestamp: string;
}

export interface Vehicle {
  id: string;
  callSign: string;
  kind: VehicleKind;
  type: string;
  equipment: string[];
  stationName: string;
  stationNameEn?: string | null;
  seats?: number | null;
  status: VehicleStatus;
  position: VehiclePosition | null;
  stale: boolean;
}

export function isKnownStatus(value: string): value is VehicleStatus {
  return (VEHICLE_STATUSES as readonly string[]).includes(value);
}
