// The doctor's own non-emergency transport bookings of the last two days, with status and vehicle: each change is
// pushed to whoever booked it (BookingChanged), and the list is read again on reconnect and every so often.
import { h } from '../ui/dom';
import { formatTime, memberName, onLangChange, t, tOr } from '../i18n';
import { apiOptional } from '../auth/http';
import type { CallSummary } from './api';
import type { DispatchHub } from '../realtime/hub';

export function createMyBookings(vehicle: (id: string) => string, hub: DispatchHub): { element: HTMLElement; refresh(): void; dispose(): void } {
  const list = h('ul', { class: 'booking-list' });
  const empty = h('div', { class: 'empty-state' });
  const head = h('h2', {});
  const element = h('section', { class: 'my-bookings' }, head, list, empty);
  let bookings: CallSummary[] = [];

  const render = (): void => {
    head.textContent = t('gc.bookings.title');
    empty.hidden = bookings.length > 0;
    empty.textContent = t('gc.bookings.empty');
    list.replaceChildren(...bookings.map((b) => bookingItem(b, b.status ?? 'queued')));
  };
  const bookingItem = (b: CallSummary, status: string): HTMLElement =>
    h('li', { class: `booking status-${status}`, 'data-id': b.id },
      h('span', { class: 'booking-status' }, tOr(`gc.bookings.status.${memberName(status)}`, status)),
      h('span', {}, b.chiefComplaint),
      b.vehicleId ? h('span', { class: 'muted' }, `${t('ref.vehicle')} ${vehicle(b.vehicleId)}`) : null,
      b.timestamps.received ? h('time', { class: 'muted' }, formatTime(new Date(b.timestamps.received), false)) : null);
  const refresh = (): void => {
    apiOptional<CallSummary[]>('/api/calls/mine').then((body) => {
      bookings = body ?? [];
      render();
    }, () => undefined);
  };
  const changed = (call: CallSummary): void => {
    bookings = [call, ...bookings.filter((b) => b.id !== call.id)]
      .sort((a, b) => Date.parse(b.timestamps.received ?? '') - Date.parse(a.timestamps.received ?? ''));
    render();
  };
  const timer = window.setInterval(refresh, 60000);
  const offs = [onLangChange(render), hub.on('BookingChanged', changed), hub.onResync(refresh)];
  refresh();
  return { element, refresh, dispose() { window.clearInterval(timer); offs.forEach((off) => off()); } };
}
