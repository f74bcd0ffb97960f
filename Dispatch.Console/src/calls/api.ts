// 120 call intake; the endpoint arrives with the dispatch work on the server.
import { api, apiOptional } from '../auth/http';

export interface NewCall {
  callerPhone: string;
  address: string;
  location: { lon: number; lat: number } | null;
  complaint: string;
  priority: 1 | 2 | 3 | 4;
}

export interface CallSummary {
  id: string;
  receivedAt?: string;
  address?: string;
  complaint?: string;
  priority?: number;
  state?: string;
}

export function createCall(call: NewCall): Promise<CallSummary> {
  return api<CallSummary>('/api/calls', { method: 'POST', body: call });
}

export async function listCalls(): Promise<CallSummary[] | null> {
  const body = await apiOptional<unknown>('/api/calls');
  if (body === null) return null;
  return Array.isArray(body) ? body.filter((c): c is CallSummary => typeof c === 'object' && c !== null && typeof (c as CallSummary).id === 'string') : [];
}
