// The record over HTTP (/api/records): search, one case with its timeline and track, reports and their exports.
import { api } from '../auth/http';
import { currentToken } from '../auth/session';

export interface RecordSummary {
  id: string; kind: 'call' | 'transport' | 'referral'; number: string | null; state: string; final: boolean; priority: number | null;
  patientLine: string | null; callerPhone: string | null; facilityId: string | null; hospitalId: string | null; vehicleId: string | null;
  createdAt: string; closedAt: string | null;
}
export interface RecordPage { page: number; pageSize: number; total: number; totalIsAtLeast: boolean; items: RecordSummary[] }
export interface TimelineEntry { key: string; action: string; actor: string; role: string; at: string; fromState: string; toState: string; reason: string | null }
export interface MapPoint { lon: number; lat: number }
export interface CaseRecord { summary: RecordSummary; callerPhone: string | null; timeline: TimelineEntry[]; from: MapPoint | null; to: MapPoint | null }
export interface TrackPoint { vehicleId: string; at: string; lon: number; lat: number; speedKmh: number | null }
export interface Tally { key: string; count: number }
export interface Spread { count: number; p50Seconds: number | null; p90Seconds: number | null }
export interface ShiftReport {
  from: string; to: string; callsByOutcome: Tally[]; transportsByOutcome: Tally[]; referralsByOutcome: Tally[];
  departures: number; departuresWithin3Minutes: number; departureWithin3MinutesRate: number | null;
  responseTime: Spread; requestToAcceptance: Spread; escalations: { count: number; resolvedAs: Tally[] };
  referralsByHospital: { hospitalId: string; total: number; byOutcome: Tally[] }[]; declinesByReason: Tally[];
}

export const searchRecord = (query: URLSearchParams): Promise<RecordPage> => api<RecordPage>(`/api/records/cases?${query.toString()}`);
export const openCase = (id: string): Promise<CaseRecord> => api<CaseRecord>(`/api/records/cases/${encodeURIComponent(id)}`);
export const caseTrack = (id: string): Promise<{ points: TrackPoint[] }> => api(`/api/records/cases/${encodeURIComponent(id)}/track`);
export const shiftReport = (from: string, to: string): Promise<ShiftReport> =>
  api<ShiftReport>(`/api/records/reports/shift?${new URLSearchParams({ from, to }).toString()}`);
export const dailySummary = (): Promise<Record<string, unknown>> => api('/api/records/reports/daily');

/** Fetches a file with the session's token and hands it to the browser as a download. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${currentToken() ?? ''}` } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}
