// The coverage cost beside each vehicle of the picker, and the extra confirmation a township's last ambulance needs.
import { t } from '../i18n';
import { fetchCosts } from './api';
import { percent, zoneName } from './labels';
import type { AssignmentCost, CoverageGap } from './types';

export interface PickerCosts {
  /** Appends each vehicle's cost to its option once the server answers. */
  annotate(select: HTMLSelectElement, vehicleIds: string[]): Promise<void>;
  gapOf(vehicleId: string): CoverageGap | null;
  /** The cost of one vehicle as a line of text ('' when unknown or nothing). */
  textOf(vehicleId: string): string;
}

export function costText(cost: AssignmentCost): string {
  if (!cost.counted) return '';
  const lost = cost.lostShare > 0 ? t('cov.costLost', { share: percent(cost.lostShare) }) : t('cov.costNone');
  const worst = cost.worstZone ? ` ${t('cov.costWorst', { zone: zoneName(cost.worstZone), min: String(cost.worstZone.minutesAfter) })}` : '';
  return `${cost.gap ? '⚠ ' : ''}${lost}${worst}`;
}

export function pickerCosts(at: { lon: number; lat: number }): PickerCosts {
  const costs = new Map<string, AssignmentCost>();
  return {
    annotate(select, vehicleIds) {
      return fetchCosts(at.lon, at.lat, vehicleIds).then((list) => {
        for (const cost of list) {
          costs.set(cost.vehicleId, cost);
          const option = [...select.options].find((o) => o.value === cost.vehicleId);
          const text = costText(cost);
          if (!option || !text || option.dataset.cost) continue;
          option.dataset.cost = text;
          option.textContent = `${option.textContent} · ${text}`;
          if (cost.gap) option.classList.add('has-gap');
        }
      }, () => undefined);
    },
    gapOf(vehicleId) {
      return costs.get(vehicleId)?.gap ?? null;
    },
    textOf(vehicleId) {
      const cost = costs.get(vehicleId);
      return cost ? costText(cost) : '';
    },
  };
}
