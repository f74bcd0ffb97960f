// Open 120 calls by id, fed by GET /api/calls and the CallChanged push.
import type { CallSummary } from './api';
import type { CallStatus } from '../api/contract';

const CLOSED: ReadonlySet<CallStatus> = new Set(['completed', 'cancelled']);

export class CallStore {
  readonly byId = new Map<string, CallSummary>();
  available = false;
  private readonly listeners = new Set<() => void>();

  replaceAll(list: CallSummary[] | null): void {
    this.byId.clear();
    this.available = list !== null;
    for (const c of list ?? []) this.byId.set(c.id, c);
    this.emit();
  }

  upsert(call: CallSummary): void {
    const known = this.byId.get(call.id);
    if (known?.version !== undefined && call.version !== undefined && call.version < known.version) return;
    // Closed calls leave the queue; the shift figures still count them (server side).
    if (call.status && CLOSED.has(call.status)) this.byId.delete(call.id);
    else this.byId.set(call.id, { ...known, ...call });
    this.available = true;
    this.emit();
  }

  /** Queued first, then by priority, then oldest first: the call waiting longest for a vehicle is on top. */
  list(): CallSummary[] {
    const waiting = (c: CallSummary): number => (c.status === 'queued' ? 0 : 1);
    return [...this.byId.values()].sort((a, b) => waiting(a) - waiting(b) || (a.priority ?? 9) - (b.priority ?? 9)
      || (a.timestamps?.received ?? '').localeCompare(b.timestamps?.received ?? ''));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
