// Every /api/register call of the doctor's register view.
import { api, ApiError } from '../auth/http';
import { currentToken } from '../auth/session';
import type { operations } from '../api/schema';
import type { ComplianceRow, ContactRecorded, ImportReport, MapPoint, NewContact, PersonDetails, PersonListItem, PersonPage, PersonPageList, PersonView, TierCode } from './types';

/** The list's filters as the contract names them (the tier is the contract's Tier). */
export type ListFilter = NonNullable<operations['ListRegisterPeople']['parameters']['query']>;

function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const listPeople = (f: ListFilter): Promise<PersonPageList> => api(`/api/register/people${query({ ...f })}`);
export const overdue = (team?: string): Promise<PersonListItem[]> => api(`/api/register/overdue${query({ team })}`);
export const teams = (): Promise<string[]> => api('/api/register/teams');
export const compliance = (): Promise<ComplianceRow[]> => api('/api/register/compliance');
export const mapPoints = (): Promise<MapPoint[]> => api('/api/register/map');
export const personPage = (id: string): Promise<PersonPage> => api(`/api/register/people/${encodeURIComponent(id)}`);
export const createPerson = (d: PersonDetails): Promise<PersonView> => api('/api/register/people', { method: 'POST', body: d });
/** Changes a person as last read: If-Match names that version, so a change made meanwhile is refused (409), never overwritten. */
export const updatePerson = (id: string, version: number, d: PersonDetails): Promise<PersonView> =>
  api(`/api/register/people/${encodeURIComponent(id)}`, { method: 'PUT', body: d, headers: { 'If-Match': `"${version}"` } });
export const recordContact = (id: string, c: NewContact): Promise<ContactRecorded> =>
  api(`/api/register/people/${encodeURIComponent(id)}/contacts`, { method: 'POST', body: c });
export const overrideTier = (id: string, tier: TierCode, reason: string): Promise<PersonView> =>
  api(`/api/register/people/${encodeURIComponent(id)}/tier`, { method: 'POST', body: { tier, reason } });

/** The report comes back with 200 (imported) or 422 (row errors, nothing imported). */
export async function importLedger(file: File): Promise<{ ok: boolean; report: ImportReport | null; problem: string | null }> {
  const csv = file.name.toLowerCase().endsWith('.csv');
  const response = await fetch(`/api/register/import?format=${csv ? 'csv' : 'xlsx'}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${currentToken()}`, 'Content-Type': csv ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Accept: 'application/json' },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as (ImportReport & { title?: string }) | null;
  if (response.ok || response.status === 422) return { ok: response.ok, report: body, problem: null };
  if (response.status === 401) throw new ApiError(401, null);
  return { ok: false, report: null, problem: body?.title ?? `HTTP ${response.status}` };
}

export { downloadFile as download } from '../auth/http';
