// Open green-channel referrals on the dispatcher's map, at the requesting facility while the patient is there.
import * as L from 'leaflet';
import { esc } from '../ui/dom';
import { t } from '../i18n';
import type { ReferralStore } from './store';
import { referralNumber, type ReferralSummary } from './types';
import { patientLine, stateLabel } from './labels';

const WAITING_AT_FACILITY = new Set(['Identified', 'Requested', 'Matching', 'Offered', 'Accepted', 'VehicleAssigned', 'EnRouteToPatient', 'Declined', 'Escalated']);

function icon(r: ReferralSummary): L.DivIcon {
  const tier = r.patient?.tier === 'red' || r.patient?.tier === 'yellow' || r.patient?.tier === 'green' ? r.patient.tier : 'none';
  return L.divIcon({
    className: `ref-pin tier-pin-${tier}${r.state === 'Escalated' ? ' is-escalated' : ''}`,
    html: `<span><b>${esc(t('ref.pin'))}</b></span>`,
    iconSize: [24, 24],
    iconAnchor: [12, 12],
  });
}

export class ReferralLayer {
  readonly group = L.layerGroup();
  private readonly pins = new Map<string, L.Marker>();

  constructor(private readonly store: ReferralStore, private readonly where: (facilityId: string) => { lat: number; lon: number } | undefined) {
    store.subscribe(() => this.sync());
  }

  /** Facilities arrive after referrals sometimes; place what could not be placed before. */
  sync(): void {
    const seen = new Set<string>();
    for (const r of this.store.byId.values()) {
      const at = r.origin ?? (r.facilityId ? this.where(r.facilityId) : undefined);
      if (!at || !WAITING_AT_FACILITY.has(r.state ?? '')) continue;
      seen.add(r.id);
      const pin = this.pins.get(r.id);
      if (pin) {
        pin.setIcon(icon(r));
        continue;
      }
      const created = L.marker([at.lat, at.lon], { icon: icon(r), zIndexOffset: 900, keyboard: false })
        .bindTooltip(() => {
          const c = this.store.byId.get(r.id) ?? r;
          return `<b>${esc(t('queue.referrals'))} · ${esc(stateLabel(c.state, c.vehicleAtPatient))}</b><br>${esc(patientLine(c))}<br><span class="muted">${esc(t('ref.priorityN', { n: c.priority ?? '—' }))} · ${esc(referralNumber(c))}</span>`;
        }, { direction: 'top', opacity: 1 });
      this.pins.set(r.id, created);
      this.group.addLayer(created);
    }
    for (const [id, pin] of this.pins) {
      if (seen.has(id)) continue;
      this.group.removeLayer(pin);
      this.pins.delete(id);
    }
  }
}
