// "N": take a 120 call. Location is picked by clicking the map while the dialog is open.
import { h, tx } from '../ui/dom';
import { createDialog } from '../ui/dialog';
import { toast } from '../ui/banners';
import { t } from '../i18n';
import { ApiError } from '../auth/http';
import { createCall, type NewCall } from './api';

export function createNewCallDialog(onLocationCleared: () => void) {
  let location: NewCall['location'] = null;
  const phone = h('input', { class: 'input', type: 'tel', name: 'callerPhone', autocomplete: 'off', maxlength: 20 });
  const address = h('input', { class: 'input', name: 'address', autocomplete: 'off', maxlength: 200 });
  const complaint = h('textarea', { class: 'input', name: 'complaint', rows: 2, maxlength: 500 });
  const priority = h('select', { class: 'input', name: 'priority' },
    ...[1, 2, 3, 4].map((n) => h('option', { value: n, 'data-i18n': `form.priority.${n}` }, t(`form.priority.${n as 1 | 2 | 3 | 4}`))));
  const where = h('span', { class: 'call-location muted' });
  const error = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const submit = tx('call.submit', 'button', { type: 'submit', class: 'btn btn-primary' });
  const cancel = tx('call.cancel', 'button', { type: 'button', class: 'btn btn-ghost' });

  const showLocation = (): void => {
    where.textContent = location ? `${location.lat.toFixed(5)}, ${location.lon.toFixed(5)}` : t('call.locationUnset');
  };
  const reset = (): void => {
    form.reset();
    location = null;
    error.hidden = true;
    showLocation();
    onLocationCleared();
  };

  const dialog = createDialog('call.title', 'call-dialog', reset);
  const form = h('form', { class: 'form-grid', novalidate: true },
    h('label', {}, tx('call.phone'), phone),
    h('label', {}, tx('call.priority'), priority),
    h('label', { class: 'span-2' }, tx('call.address'), address),
    h('div', { class: 'span-2 field' }, tx('call.location'), where),
    h('label', { class: 'span-2' }, tx('call.complaint'), complaint),
    h('div', { class: 'span-2' }, error),
    h('div', { class: 'span-2 form-actions' }, submit, cancel));
  dialog.body.append(form);
  cancel.addEventListener('click', () => dialog.close());
  showLocation();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!address.value.trim() && !location) {
      error.textContent = `${t('call.address')}：${t('val.required')}`;
      error.hidden = false;
      address.focus();
      return;
    }
    submit.disabled = true;
    const call: NewCall = {
      callerPhone: phone.value.trim(),
      address: address.value.trim(),
      location,
      complaint: complaint.value.trim(),
      priority: Number(priority.value) as NewCall['priority'],
    };
    createCall(call)
      .then(() => {
        toast(t('call.created'), 'success');
        dialog.close();
      })
      .catch((err: unknown) => {
        // Keep the draft: the dispatcher must not retype a call because a service is missing.
        error.textContent = err instanceof ApiError && err.notAvailable
          ? t('call.unavailable')
          : t('call.failed', { reason: err instanceof ApiError ? err.message : t('err.generic') });
        error.hidden = false;
      })
      .finally(() => { submit.disabled = false; });
  });

  return {
    dialog,
    setLocation(lat: number, lon: number) {
      location = { lat, lon };
      showLocation();
    },
  };
}
