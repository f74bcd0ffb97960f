// The record over HTTP (/api/records): search, one case with its timeline and track, reports and their exports; shapes
// from the contract (states camelCase like every enumeration).
import { api } from '../auth/http';

import type { CaseRecord, CaseTrack, RecordPage, RecordSummary, ShiftReport, Tally, TimelineEntry } from '../api/contract';

export type { CaseRecord, CaseTrack, RecordPage, RecordSummary, ShiftReport, Tally, TimelineEntry };
export type TrackPoint = CaseTrack['points'][number];

export const searchRecord = (query: URLSearchParams): Promise<RecordPage> => api<RecordPage>(`/api/records/cases?${query.toString()}`);
export const openCase = (id: string): Promise<CaseRecord> => api<CaseRecord>(`/api/records/cases/${encodeURIComponent(id)}`);
export const caseTrack = (id: string): Promise<CaseTrack> => api<CaseTrack>(`/api/records/cases/${encodeURIComponent(id)}/track`);
export const shiftReport = (from: string, to: string): Promise<ShiftReport> =>
  api<ShiftReport>(`/api/records/reports/shift?${new URLSearchParams({ from, to }).toString()}`);
export const dailySummary = (): Promise<Record<string, unknown>> => api('/api/records/reports/daily');

export { downloadFile as download } from '../auth/http';
