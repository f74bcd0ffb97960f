// Every /api call goes through here: bearer token, JSON, RFC 7807 problem details, and 401 → sign-in.
import { currentToken } from './session';

/**
 * A fresh Idempotency-Key for one command or one form being filled in, so a retry after a timeout cannot act twice.
 * randomUUID needs a secure context, which an intranet http:// address is not; the fallback is unique enough per user.
 */
export function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: ProblemDetails | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
  /** Nothing there (404), or not offered (501): callers show an empty state. */
  get notAvailable(): boolean {
    return this.status === 404 || this.status === 501;
  }
}

let unauthorizedHandler: () => void = () => {};

/** The shell registers what to do when the token is refused (go back to sign-in). */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

async function readProblem(response: Response): Promise<ProblemDetails | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as ProblemDetails;
  } catch {
    return null;
  }
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; anonymous?: boolean; signal?: AbortSignal; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (!init.anonymous) {
    const token = currentToken();
    // Signed out meanwhile (a snapshot chained after another): don't send a request bound to fail.
    if (!token) throw new ApiError(401, null);
    headers.Authorization = `Bearer ${token}`;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, null);
  }
  if (response.status === 401 && !init.anonymous) {
    unauthorizedHandler();
    throw new ApiError(401, await readProblem(response));
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : undefined) as T;
}

/** A GET whose answer may be missing (404: no such vehicle card, say): null instead of an error. */
export async function apiOptional<T>(path: string): Promise<T | null> {
  try {
    return (await api<T | undefined>(path)) ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.notAvailable) return null;
    throw error;
  }
}

/**
 * Fetches a file with the session's token (a plain link cannot carry it) and hands it to the browser as a download,
 * named as the server names it, else <fallbackName>.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${currentToken() ?? ''}` } });
  if (!response.ok) throw new ApiError(response.status, null);
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
