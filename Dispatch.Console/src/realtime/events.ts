// The hub's server→client events: names and payloads from the contract (x-signalr in contract/openapi.json, written
// from the server's IDispatchClient). A test checks this list against the contract.
import type {
  Call, CoverageView, Hospital, OverdueAlert, ReferralAlert, ReferralSummary, ReferralWithdrawn, RegisterAlert, Relocation,
  RoadClosureChanged, VehiclePosition, VehicleStatusChanged,
} from '../api/contract';

export interface HubEvents {
  Alert: (alert: OverdueAlert) => void;
  Assignment: (call: Call) => void;
  BookingChanged: (call: Call) => void;
  CallChanged: (call: Call) => void;
  CoverageChanged: (coverage: CoverageView) => void;
  HospitalChanged: (hospital: Hospital) => void;
  ReferralAlert: (alert: ReferralAlert) => void;
  ReferralChanged: (summary: ReferralSummary) => void;
  ReferralEscalated: (summary: ReferralSummary) => void;
  ReferralWithdrawn: (withdrawn: ReferralWithdrawn) => void;
  RegisterAlert: (alert: RegisterAlert) => void;
  Relocate: (relocation: Relocation) => void;
  RoadClosuresChanged: (change: RoadClosureChanged) => void;
  VehiclePositions: (batch: VehiclePosition[]) => void;
  VehicleStatusChanged: (change: VehicleStatusChanged) => void;
}

export type HubEventName = keyof HubEvents;

/** Every event, for subscribing once per connection; `satisfies` keeps it complete and exact. */
export const HUB_EVENTS = [
  'Alert', 'Assignment', 'BookingChanged', 'CallChanged', 'CoverageChanged', 'HospitalChanged', 'ReferralAlert', 'ReferralChanged', 'ReferralEscalated',
  'ReferralWithdrawn', 'RegisterAlert', 'Relocate', 'RoadClosuresChanged', 'VehiclePositions', 'VehicleStatusChanged',
] as const satisfies readonly HubEventName[];

/** The hub methods the console calls, with what they answer (x-signalr methods in the contract). */
export interface HubMethods {
  Subscriptions: () => string[];
}

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';
