// The record over HTTP (/api/records): search, one case with its timeline and track, reports and their exports; shapes
// from the contract (states camelCase like every enumeration).
import { api } from '../auth/http';
import { currentToken } from '../auth/session';

import type { CaseRecord, CaseTrack, RecordPage, RecordSummary, ShiftReport, Tally, TimelineEntry } from '../api/contract';

export type { CaseRecord, CaseTrack, RecordPage, RecordSummary, ShiftReport, Tally, TimelineEntry };
export type TrackPoint = CaseTrack['points'][number];

export const searchRecord = (query: URLSearchParams): Promise<RecordPage> => api<RecordPage>(`/api/records/cases?${query.toString()}`);
export const openCase = (id: string): Promise<CaseRecord> => api<CaseRecord>(`/api/records/cases/${encodeURIComponent(id)}`);
export const caseTrack = (id: string): Promise<CaseTrack> => api<CaseTrack>(`/api/records/cases/${encodeURIComponent(id)}/track`);
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
