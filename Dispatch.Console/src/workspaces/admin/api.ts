// The administrator's HTTP calls (server: /api/admin).
import { api } from '../../auth/http';

export interface AccountView {
  username: string;
  displayName: string;
  role: string;
  facilityId?: string | null;
  hospitalId?: string | null;
  vehicleId?: string | null;
  source: 'file' | 'added' | string;
  disabled: boolean;
  tokensRevokedAt?: string | null;
  failedSignIns: number;
  pausedForSeconds?: number | null;
}

export interface BindingChoice { id: string; name: string; nameEn?: string | null }
export interface BindingChoices { facilities: BindingChoice[]; hospitals: BindingChoice[]; vehicles: BindingChoice[] }
export interface SignInFailure { username: string; at: string; address?: string | null }
export interface AdminAuditEntry { id: string; action: string; admin: string; target: string; at: string; detail?: string | null }

export interface NewAccount {
  username: string;
  displayName: string;
  role: string;
  facilityId?: string;
  hospitalId?: string;
  vehicleId?: string;
  password: string;
}

export const listAccounts = (): Promise<AccountView[]> => api<AccountView[]>('/api/admin/accounts');
export const bindings = (): Promise<BindingChoices> => api<BindingChoices>('/api/admin/bindings');
export const signInFailures = (): Promise<SignInFailure[]> => api<SignInFailure[]>('/api/admin/sign-in-failures');
export const adminAudit = (): Promise<AdminAuditEntry[]> => api<AdminAuditEntry[]>('/api/admin/audit');
export const createAccount = (account: NewAccount): Promise<AccountView> => api<AccountView>('/api/admin/accounts', { method: 'POST', body: account });
export const accountCommand = (username: string, verb: 'disable' | 'enable' | 'revoke-tokens' | 'unlock'): Promise<unknown> =>
  api(`/api/admin/accounts/${encodeURIComponent(username)}/${verb}`, { method: 'POST' });
export const resetPassword = (username: string, password: string): Promise<unknown> =>
  api(`/api/admin/accounts/${encodeURIComponent(username)}/password`, { method: 'POST', body: { password } });
