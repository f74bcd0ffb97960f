// Names for the contract's schemas: every shape the server sends or accepts comes from contract/openapi.json through
// the generated schema.d.ts, never written by hand here.
import type { components } from './schema';

type Schemas = components['schemas'];

export type VehicleStatus = Schemas['VehicleStatus'];
export type VehicleView = Schemas['VehicleView'];
export type VehiclePosition = Schemas['VehiclePosition'];
export type VehicleCard = Schemas['VehicleCard'];
export type VehicleRecommendations = Schemas['VehicleRecommendations'];
export type VehicleRecommendation = Schemas['VehicleRecommendation'];
export type VehicleStatusChanged = Schemas['VehicleStatusChanged'];

export type Call = Schemas['Call'];
export type CallKind = Schemas['CallKind'];
export type CallStatus = Schemas['CallStatus'];
export type NewCall = Schemas['NewCall'];
export type ShiftFigures = Schemas['ShiftFiguresView'];

export type ReferralSummary = Schemas['ReferralSummary'];
export type ReferralView = Schemas['ReferralView'];
export type ReferralState = Schemas['ReferralState'];
export type ReferralAction = Schemas['ReferralAction'];
export type ReferralWithdrawn = Schemas['ReferralWithdrawn'];
export type ReferralTimelineView = Schemas['ReferralTimelineView'];
export type AuditEntry = Schemas['AuditEntry'];
export type GreenChannelRequest = Schemas['GreenChannelRequest'];
export type ReferralClock = Schemas['ReferralClock'];
export type ReferralAlert = Schemas['ReferralAlert'];
export type ReferralAlertKind = Schemas['ReferralAlertKind'];
export type WithdrawalReason = Schemas['WithdrawalReason'];
export type HospitalCandidate = Schemas['HospitalCandidate'];
export type HospitalExclusion = Schemas['HospitalExclusion'];
export type ExclusionReason = Schemas['ExclusionReason'];
export type HospitalResponse = Schemas['HospitalResponse'];
export type ResponseOutcome = Schemas['ResponseOutcome'];
export type RankingPreview = Schemas['RankingPreview'];
export type RankingQuery = Schemas['RankingQuery'];
export type Vitals = Schemas['Vitals'];
export type SceneReferralRequest = Schemas['SceneReferralRequest'];
export type Capability = Schemas['Capability'];
export type Tier = Schemas['Tier'];
export type Sex = Schemas['Sex'];
export type Consciousness = Schemas['Consciousness'];
export type Priority = Schemas['Priority'];

export type Hospital = Schemas['Hospital'];
export type GrassrootsFacility = Schemas['GrassrootsFacility'];
export type FacilitiesView = Schemas['FacilitiesView'];
export type CapacityUpdate = Schemas['CapacityUpdate'];

export type RoadClosure = Schemas['ClosureView'];
export type ClosureRequest = Schemas['ClosureRequest'];
export type RoadClosureChanged = Schemas['RoadClosureChanged'];
export type RouteView = Schemas['RouteView'];
export type RegionView = Schemas['RegionView'];
export type SignInResponse = Schemas['SignInResponse'];
export type ProblemDetails = Schemas['HttpValidationProblemDetails'];

export type OverdueAlert = Schemas['OverdueAlert'];
export type OverdueKind = Schemas['OverdueKind'];
export type CoverageView = Schemas['CoverageView'];
export type Relocation = Schemas['Relocation'];
export type RegisterAlert = Schemas['RegisterAlert'];

export type RecordSummary = Schemas['RecordSummary'];
export type RecordPage = Schemas['RecordPage'];
export type CaseRecord = Schemas['CaseRecord'];
export type CaseTrack = Schemas['CaseTrack'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type ShiftReport = Schemas['ShiftReport'];
export type Tally = Schemas['Tally'];
export type DailySummary = Schemas['DailySummary'];
