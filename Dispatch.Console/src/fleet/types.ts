// Vehicles as GET /api/fleet/vehicles lists them (shapes from the contract).
import type { VehicleStatus, VehicleView } from '../api/contract';

export type { VehicleStatus };
export type Vehicle = VehicleView;
export type VehicleKind = 'ambulance' | 'nonEmergency';

/** Every status, in mission order; `satisfies` makes the compiler refuse a status the contract does not have. */
export const VEHICLE_STATUSES = ['available', 'dispatched', 'enRoute', 'onScene', 'transporting', 'atHospital', 'returning', 'outOfService', 'relocating'] as const satisfies readonly VehicleStatus[];
