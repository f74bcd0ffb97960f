// The doctor's own non-emergency transport bookings of the last two days, with status and vehicle, kept fresh.
import { h } from '../ui/dom';
import { formatTime, onLangChange, t, tOr } from '../i18n';
import { apiOptional } from '../auth/http';
import type { CallSummary } from './api';

export function createMyBookings(vehicle: (id: string) => string): { element: HTMLElement; refresh(): void; dispose(): void } {
  const list = h('ul', { class: 'booking-list' });
  const empty = h('div', { class: 'empty-state' });
  const head = h('h2', {});
  const element = h('section', { class: 'my-bookings' }, head, list, empty);
  let bookings: CallSummary[] = [];

  const render = (): void => {
    head.textContent = t('gc.bookings.title');
    empty.hidden = bookings.length > 0;
    empty.textContent = t('gc.bookings.empty');
    list.replaceChildren(...bookings.map((b) => h('li', { class: `booking status-${b.status ?? ''}`, 'data-id': b.id },
      h('span', { class: 'booking-status' }, tOr(`gc.bookings.status.${b.status ?? ''}`, b.status ?? '')),
      h('span', {}, b.chiefComplaint ?? ''),
      b.vehicleId ? h('span', { class: 'muted' }, `${t('ref.vehicle')} ${vehicle(b.vehicleId)}`) : null,
      b.timestamps?.received ? h('time', { class: 'muted' }, formatTime(new Date(b.timestamps.received), false)) : null)));
  };
  const refresh = (): void => {
    apiOptional<unknown>('/api/calls/mine').then((body) => {
      bookings = Array.isArray(body) ? body.filter((b): b is CallSummary => typeof (b as CallSummary)?.id === 'string') : [];
      render();
    }, () => undefined);
  };
  const timer = window.setInterval(refresh, 15000);
  const off = onLangChange(render);
  refresh();
  return { element, refresh, dispose() { window.clearInterval(timer); off(); } };
}
