// Grassroots doctor books a non-emergency transport (非急救转运) for a stable patient from their own facility.
// Critical patients go through the green-channel request instead; the server refuses emergency calls from doctors.
import { h, tx } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { toast } from '../ui/banners';
import { newIdempotencyKey } from '../auth/http';
import type { GrassrootsFacility, Hospital } from '../facilities/types';
import { facilityName } from '../facilities/labels';
import { createCall, type NewCallInput } from './api';
import { failureText } from '../ui/failure';


export function createTransportForm(origin: () => GrassrootsFacility | Hospital | undefined, hospitals: () => Hospital[]): HTMLElement {
  let key = newIdempotencyKey();
  const reason = h('input', { class: 'input', name: 'transportReason', maxlength: 500, autocomplete: 'off' });
  const destination = h('select', { class: 'input', name: 'destination' });
  const wheelchair = h('input', { type: 'checkbox', name: 'transportWheelchair' });
  const phone = h('input', { class: 'input', type: 'tel', name: 'transportPhone', maxlength: 32, autocomplete: 'off' });
  const status = h('div', { class: 'form-status', role: 'status', hidden: true });
  const submit = tx('transport.submit', 'button', { type: 'submit', class: 'btn btn-primary' });

  const fillDestinations = (): void => {
    const keep = destination.value;
    destination.replaceChildren(h('option', { value: '' }, t('transport.anyDestination')),
      ...hospitals().map((hs) => h('option', { value: hs.id }, facilityName(hs))));
    destination.value = keep;
  };
  // The line is kept as a way to word it, so a language switch rewords what the doctor last read.
  let statusText: (() => string) | null = null;
  const show = (text: () => string, kind: 'error' | 'success'): void => {
    statusText = text;
    status.hidden = false;
    status.className = `form-status status-${kind}`;
    status.textContent = text();
  };

  const form = h('form', { class: 'transport-form form-grid', novalidate: true },
    h('label', { class: 'span-2' }, tx('transport.reason'), reason),
    h('label', {}, tx('transport.destination'), destination),
    h('label', {}, tx('call.phone'), phone),
    h('label', { class: 'check span-2' }, wheelchair, tx('call.wheelchair')),
    h('div', { class: 'span-2' }, status),
    h('div', { class: 'span-2 form-actions' }, submit));
  form.addEventListener('focusin', fillDestinations, { once: true });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const from = origin();
    if (!reason.value.trim()) return show(() => t('fmt.labelled', { label: t('transport.reason'), value: t('val.required') }), 'error');
    if (!from) return show(() => t('transport.noOrigin'), 'error');
    const call: NewCallInput = {
      kind: 'transport',
      lon: from.lon,
      lat: from.lat,
      address: facilityName(from),
      chiefComplaint: reason.value.trim(),
      priority: 4,
      callerPhone: phone.value.trim() || null,
      wheelchairNeeded: wheelchair.checked,
      destinationHospitalId: destination.value || null,
    };
    submit.disabled = true;
    createCall(call, key)
      .then(() => {
        key = newIdempotencyKey();
        form.reset();
        show(() => t('transport.sent'), 'success');
        toast(t('transport.sent'), 'success');
      })
      .catch((err: unknown) => {
        show(() => t('call.failed', { reason: failureText(err) }), 'error');
      })
      .finally(() => { submit.disabled = false; });
  });
  const section = h('section', { class: 'transport' }, tx('transport.title', 'h2'), tx('transport.hint', 'p', { class: 'muted' }), form);
  const off = onLangChange(() => {
    // The desk was left (sign-out, another workspace): nothing to reword any more.
    if (!section.isConnected) return void off();
    if (destination.options.length > 0) fillDestinations();
    if (statusText) status.textContent = statusText();
  });
  return section;
}
