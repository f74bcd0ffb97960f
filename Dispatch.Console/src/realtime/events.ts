// Shapes of the hub's server→client events, as the server contract describes them.
import type { VehicleStatus } from '../fleet/types';
import type { CallSummary } from '../calls/api';

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
  /** Not sent by every server version; staleness is then judged from report times (see FleetStore). */
  stale?: boolean;
  assignment?: string | null;
  at?: string;
}

export interface AlertEvent {
  kind: string;
  message: string;
  referralId?: string;
  /** Timer alerts: a code the console words (departureOverdue, onSceneOverdue) and what it is about. */
  code?: string;
  callId?: string | null;
  caseNumber?: string;
  callSign?: string;
  limitSeconds?: number;
  vehicleId?: string;
  since?: string;
  /** Words the alert in the current language, so a language switch rewords alerts already listed. */
  describe?: () => string;
}

export interface HubEvents {
  CallChanged: (call: CallSummary) => void;
  VehiclePositions: (batch: PositionReport[]) => void;
  VehicleStatusChanged: (change: VehicleStatusChange) => void;
  /** Raw server shape; run it through referrals/normalise before use. */
  ReferralChanged: (summary: unknown) => void;
  ReferralWithdrawn: (withdrawn: { id: string; reason?: string }) => void;
  ReferralEscalated: (summary: unknown) => void;
  /** A priority-1 or red-tier referral was refused or not answered in time (from the first time on): to dispatchers. */
  ReferralAlert: (alert: { kind: string; referralId: string; referral: unknown; waitedSeconds: number; tried: unknown[] }) => void;
  /** A hospital's beds or diversion changed (to dispatchers and that hospital). */
  HospitalChanged: (hospital: unknown) => void;
  /** A dispatcher set or lifted a road closure (to dispatchers): reread the list. */
  RoadClosuresChanged: (change: { id: string }) => void;
  Alert: (alert: AlertEvent) => void;
  /** The live coverage picture changed (to dispatchers): see coverage/types. */
  CoverageChanged: (coverage: unknown) => void;
  /** The key-population register: "refer now" or "review" for a person of this doctor's facility. */
  RegisterAlert: (alert: unknown) => void;
}

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';
