// Referral summaries by id, fed by the snapshot and by ReferralChanged; keeps the newest version.
import type { ReferralSummary } from './types';

export class ReferralStore {
  readonly byId = new Map<string, ReferralSummary>();
  /** false until the server offers a referral list (404 meanwhile). */
  available = false;
  private readonly listeners = new Set<() => void>();

  replaceAll(list: ReferralSummary[] | null): void {
    this.byId.clear();
    this.available = list !== null;
    for (const r of list ?? []) this.byId.set(r.id, r);
    this.emit();
  }

  upsert(summary: ReferralSummary): void {
    const known = this.byId.get(summary.id);
    // Out-of-order pushes must not roll a referral back.
    if (known && known.version !== undefined && summary.version !== undefined && summary.version < known.version) return;
    this.byId.set(summary.id, { ...known, ...summary });
    this.available = true;
    this.emit();
  }

  /** ReferralWithdrawn: this viewer may no longer see it (offer moved on, vehicle swapped). */
  remove(id: string): void {
    if (this.byId.delete(id)) this.emit();
  }

  list(): ReferralSummary[] {
    return [...this.byId.values()].sort((a, b) => (a.priority ?? 9) - (b.priority ?? 9) || (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
