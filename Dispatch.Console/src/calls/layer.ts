// Open calls as pins on the dispatcher's map; a call still waiting for a vehicle pulses.
import * as L from 'leaflet';
import { esc } from '../ui/dom';
import { t } from '../i18n';
import type { CallStore } from './store';
import type { CallSummary } from './api';
import { callStatusLabel } from './call-card';

function icon(call: CallSummary): L.DivIcon {
  return L.divIcon({
    className: `call-pin prio-pin-${call.priority ?? 4}${call.status === 'queued' ? ' is-waiting' : ''}`,
    html: `<span><b>${esc(String(call.priority ?? ''))}</b></span>`,
    iconSize: [26, 26],
    iconAnchor: [13, 26],
    tooltipAnchor: [0, -26],
  });
}

export class CallLayer {
  readonly group = L.layerGroup();
  private readonly pins = new Map<string, L.Marker>();

  constructor(private readonly store: CallStore) {
    store.subscribe(() => this.sync());
  }

  locate(map: L.Map, call: CallSummary): void {
    if (!call.location) return;
    map.flyTo([call.location.lat, call.location.lon], Math.max(map.getZoom(), 15), { duration: 0.6 });
    this.pins.get(call.id)?.openTooltip();
  }

  private sync(): void {
    const seen = new Set<string>();
    for (const call of this.store.byId.values()) {
      if (!call.location) continue;
      seen.add(call.id);
      const pin = this.pins.get(call.id);
      if (pin) {
        pin.setIcon(icon(call));
        continue;
      }
      const created = L.marker([call.location.lat, call.location.lon], { icon: icon(call), zIndexOffset: 1000, keyboard: false })
        .bindTooltip(() => {
          const c = this.store.byId.get(call.id) ?? call;
          return `<b>${esc(c.chiefComplaint ?? '')}</b><br>${esc(callStatusLabel(c.status))}${c.address ? ` · ${esc(c.address)}` : ''}<br><span class="muted">${esc(t('ref.priorityN', { n: c.priority ?? '—' }))} · ${esc(c.id)}</span>`;
        }, { direction: 'top', opacity: 1 });
      this.pins.set(call.id, created);
      this.group.addLayer(created);
    }
    for (const [id, pin] of this.pins) {
      if (seen.has(id)) continue;
      pin.remove();
      this.group.removeLayer(pin);
      this.pins.delete(id);
    }
  }
}
