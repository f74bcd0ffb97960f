// How register codes read in the console: tiers, categories, reasons and times, in the current language.
import { h } from '../ui/dom';
import { t, tOr, type MessageKey } from '../i18n';
import type { RowProblem, TierCode } from './types';

export function tierChip(tier: string): HTMLElement {
  return h('span', { class: `tier-chip tier-${tier}`, 'data-tier': tier }, tOr(`reg.tierShort.${tier}`, tier));
}

export const tierName = (tier: string): string => tOr(`reg.tier.${tier}`, tier);
export const categoryNames = (categories: readonly string[]): string => categories.map((c) => tOr(`reg.cat.${c}`, c)).join(t('reg.listSep'));
export const reasonName = (reason: string): string => tOr(`reg.reason.${reason}`, reason);
export const code = (prefix: string, value: string): string => tOr(`${prefix}.${value}`, value);

export function when(iso: string | null | undefined): string {
  if (!iso) return t('reg.never');
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '—');

/** One line of an import report: which field, and why, in the current language. */
export function problemText(p: RowProblem): { field: string; reason: string } {
  const reason = tOr(`reg.why.${p.reason}`, p.reason);
  return {
    field: tOr(`reg.field.${p.field}`, p.field),
    reason: p.otherRow ? reason.replace('{row}', String(p.otherRow)) : reason,
  };
}

export function tierOf(value: string): TierCode {
  return value === 'red' || value === 'yellow' ? value : 'green';
}

export const key = (k: string): MessageKey => k as MessageKey;
