// The signed-in user's token and identity, kept in sessionStorage so closing the tab signs out.
export type Role = 'dispatcher' | 'doctor' | 'hospital' | 'vehicle' | 'admin';

export interface Session {
  accessToken: string;
  expiresAt: string;
  username: string;
  displayName: string;
  role: Role;
  facilityId?: string;
  hospitalId?: string;
  vehicleId?: string;
}

const KEY = 'dispatch.session';
const ROLES: readonly Role[] = ['dispatcher', 'doctor', 'hospital', 'vehicle', 'admin'];

export function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.accessToken === 'string' && v.accessToken.length > 0 && typeof v.username === 'string'
    && typeof v.role === 'string' && (ROLES as readonly string[]).includes(v.role);
}

export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isSession(parsed)) return null;
    if (parsed.expiresAt && Date.parse(parsed.expiresAt) <= Date.now()) return null;
    return parsed;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

export function currentToken(): string {
  return loadSession()?.accessToken ?? '';
}
