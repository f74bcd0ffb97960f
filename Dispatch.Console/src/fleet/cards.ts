// Call signs for doctors and hospitals, who may not list the fleet: one card per vehicle id, asked once and kept.
import { apiOptional } from '../auth/http';
import { callSignLabel } from './labels';

export interface VehicleCard {
  id: string;
  callSign: string;
  kind: string;
  type: string;
  equipment: string[];
  callSignEn?: string | null;
}

const cards = new Map<string, VehicleCard | null>();
const asked = new Map<string, Promise<VehicleCard | null>>();
const listeners = new Set<() => void>();

function isCard(value: unknown): value is VehicleCard {
  const v = value as Partial<VehicleCard> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.callSign === 'string';
}

/** The call sign if known; the id until the card arrives (then subscribers are told to redraw). */
export function vehicleName(id: string): string {
  const card = cards.get(id);
  if (card) return callSignLabel(card.callSign, card.callSignEn);
  if (!asked.has(id)) {
    const request = apiOptional<unknown>(`/api/fleet/vehicles/${encodeURIComponent(id)}/card`)
      .then((body) => (isCard(body) ? body : null), () => null)
      .then((card) => {
        cards.set(id, card);
        if (card) for (const listener of listeners) listener();
        return card;
      });
    asked.set(id, request);
  }
  return id;
}

export function onVehicleCards(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
