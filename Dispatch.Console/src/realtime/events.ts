// Shapes of the hub's server→client events, as the server contract describes them.
import type { VehicleStatus } from '../fleet/types';
import type { ReferralSummary } from '../referrals/types';

export interface PositionReport {
  vehicleId: string;
  lon: number;
  lat: number;
  speedKmh: number;
  headingDeg: number;
  timestamp: string;
}

export interface VehicleStatusChange {
  vehicleId: string;
  status: VehicleStatus;
  stale: boolean;
}

export interface AlertEvent {
  kind: string;
  message: string;
  referralId?: string;
}

export interface HubEvents {
  VehiclePositions: (batch: PositionReport[]) => void;
  VehicleStatusChanged: (change: VehicleStatusChange) => void;
  ReferralChanged: (summary: ReferralSummary) => void;
  Alert: (alert: AlertEvent) => void;
}

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';
