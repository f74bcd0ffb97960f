// Fleet snapshot from the server.
import { api } from '../auth/http';
import type { Vehicle } from './types';

export function fetchVehicles(): Promise<Vehicle[]> {
  return api<Vehicle[]>('/api/fleet/vehicles');
}
