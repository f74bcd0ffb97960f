// "N": take a 120 call. The patient's location is picked by clicking the map while the dialog is open.
import { h, tx } from '../ui/dom';
import { createDialog } from '../ui/dialog';
import { toast } from '../ui/banners';
import { onLangChange, t } from '../i18n';
import { ApiError, newIdempotencyKey } from '../auth/http';
import { createCall, type CallKind, type CallSummary, type NewCall } from './api';
import { DATUMS, parseLonLat, toWgs84, type Datum } from './coordinates';
import { apiOptional } from '../auth/http';
import { failureText } from '../ui/failure';

const CATEGORIES = ['other', 'chestPain', 'stroke', 'trauma', 'dyspnoea', 'obstetric', 'paediatric'] as const;
const VEHICLE_TYPES = ['ALS', 'BLS', 'negativePressure'] as const;
const EQUIPMENT = ['oxygen', 'monitor', 'ventilator', 'defibrillator', 'negativePressure'] as const;
const categoryDefaults = new Map<string, { vehicleType: string | null; equipment: string[] }>();

/** The server's defaults per complaint category (GET /api/calls/categories), read once. */
function loadCategoryDefaults(): Promise<void> {
  if (categoryDefaults.size) return Promise.resolve();
  return apiOptional<{ code: string; vehicleType: string | null; equipment: string[] }[]>('/api/calls/categories').then((list) => {
    for (const c of list ?? []) categoryDefaults.set(c.code, { vehicleType: c.vehicleType, equipment: c.equipment ?? [] });
  }, () => undefined);
}


/** @param onLocationTyped shows a point typed as coordinates on the map (a click on the map sets it directly). */
export function createNewCallDialog(onLocationCleared: () => void, onCreated: (call: CallSummary) => void,
  onLocationTyped: (lat: number, lon: number) => void = () => {}) {
  let location: { lon: number; lat: number } | null = null;
  // One key per call being taken: a retried submit after a timeout cannot create the call twice.
  let idempotencyKey = newIdempotencyKey();
  const kind = h('select', { class: 'input', name: 'kind' },
    h('option', { value: 'Emergency', 'data-i18n': 'callKind.Emergency' }, t('callKind.Emergency')),
    h('option', { value: 'Transport', 'data-i18n': 'callKind.Transport' }, t('callKind.Transport')));
  const phone = h('input', { class: 'input', type: 'tel', name: 'callerPhone', autocomplete: 'off', maxlength: 32 });
  const address = h('input', { class: 'input', name: 'address', autocomplete: 'off', maxlength: 200 });
  const complaint = h('textarea', { class: 'input', name: 'chiefComplaint', rows: 2, maxlength: 500 });
  const priority = h('select', { class: 'input', name: 'priority' },
    ...[1, 2, 3, 4].map((n) => h('option', { value: n, 'data-i18n': `form.priority.${n}` }, t(`form.priority.${n as 1 | 2 | 3 | 4}`))));
  // What the patient needs from the vehicle: defaults by complaint category (from the server), changeable here.
  const category = h('select', { class: 'input', name: 'category' },
    ...CATEGORIES.map((c) => h('option', { value: c, 'data-i18n': `cat.${c}` }, t(`cat.${c}`))));
  const vehicleType = h('select', { class: 'input', name: 'vehicleType' },
    h('option', { value: '', 'data-i18n': 'intake.anyType' }, t('intake.anyType')),
    ...VEHICLE_TYPES.map((v) => h('option', { value: v, 'data-i18n': `vtype.${v}` }, t(`vtype.${v}`))));
  const equipment = EQUIPMENT.map((e) => h('input', { type: 'checkbox', name: 'equipment', value: e }));
  const equipmentRow = h('div', { class: 'field span-2 equipment-field' }, tx('intake.equipment'),
    h('div', { class: 'equip-row' }, ...equipment.map((box) => h('label', { class: 'check' }, box, tx(`equip.${box.value as (typeof EQUIPMENT)[number]}`)))));
  const applyCategory = (): void => {
    const defaults = categoryDefaults.get(category.value);
    vehicleType.value = defaults?.vehicleType ?? '';
    for (const box of equipment) box.checked = defaults?.equipment.includes(box.value) ?? false;
  };
  category.addEventListener('change', () => void loadCategoryDefaults().then(applyCategory));
  void loadCategoryDefaults().then(() => { if (category.value === 'other') applyCategory(); });
  const wheelchair = h('input', { type: 'checkbox', name: 'wheelchairNeeded' });
  const wheelchairRow = h('label', { class: 'check span-2', hidden: true }, wheelchair, tx('call.wheelchair'));
  const where = h('span', { class: 'call-location' });
  const typed = h('input', { class: 'input', name: 'coordinates', autocomplete: 'off', maxlength: 60, placeholder: '104.0735, 30.6743' });
  const datum = h('select', { class: 'input input-small', name: 'datum' },
    ...DATUMS.map((d) => h('option', { value: d, 'data-i18n': `call.datum.${d}` }, t(`call.datum.${d}`))));
  const placeTyped = tx('call.placeTyped', 'button', { type: 'button', class: 'btn btn-ghost btn-small' });
  const error = h('div', { class: 'form-error span-2', role: 'alert', hidden: true });
  const submit = tx('call.submit', 'button', { type: 'submit', class: 'btn btn-primary' });
  const cancel = tx('call.cancel', 'button', { type: 'button', class: 'btn btn-ghost' });

  const showLocation = (): void => {
    where.textContent = location ? `${location.lat.toFixed(5)}, ${location.lon.toFixed(5)}` : t('call.locationUnset');
    where.classList.toggle('muted', !location);
  };
  onLangChange(showLocation);
  const reset = (): void => {
    form.reset();
    location = null;
    idempotencyKey = newIdempotencyKey();
    error.hidden = true;
    wheelchairRow.hidden = true;
    category.value = 'other';
    applyCategory();
    showLocation();
    onLocationCleared();
  };
  const fail = (text: string): void => {
    error.textContent = text;
    error.hidden = false;
  };

  const dialog = createDialog('call.title', 'call-dialog', reset);
  const form = h('form', { class: 'form-grid', novalidate: true },
    h('label', {}, tx('call.kind'), kind),
    h('label', {}, tx('call.priority'), priority),
    h('label', {}, tx('call.phone'), phone),
    h('div', { class: 'field' }, tx('call.location'), where),
    h('label', { class: 'span-2' }, tx('call.coordinates'), h('div', { class: 'coord-row' }, typed, datum, placeTyped)),
    h('label', { class: 'span-2' }, tx('call.address'), address),
    h('label', { class: 'span-2' }, tx('call.complaint'), complaint),
    h('label', {}, tx('intake.category'), category),
    h('label', {}, tx('intake.vehicleType'), vehicleType),
    equipmentRow,
    wheelchairRow,
    error,
    h('div', { class: 'span-2 form-actions' }, submit, cancel));
  dialog.body.append(form);
  cancel.addEventListener('click', () => dialog.close());
  // A caller who reads coordinates off a phone app, or a location pushed by another system, is typed in here.
  const applyTyped = (): boolean => {
    const point = parseLonLat(typed.value);
    if (!point) {
      fail(t('call.coordinatesInvalid'));
      typed.focus();
      return false;
    }
    const wgs = toWgs84(point, datum.value as Datum);
    location = { lon: Number(wgs.lon.toFixed(6)), lat: Number(wgs.lat.toFixed(6)) };
    error.hidden = true;
    showLocation();
    onLocationTyped(location.lat, location.lon);
    return true;
  };
  placeTyped.addEventListener('click', () => { applyTyped(); });
  typed.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    applyTyped();
  });
  kind.addEventListener('change', () => {
    wheelchairRow.hidden = kind.value !== 'Transport';
    // A transport is served by the non-emergency fleet: the ambulance type and kit do not apply.
    vehicleType.disabled = kind.value === 'Transport';
  });
  showLocation();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!location && typed.value.trim() && !applyTyped()) return;
    if (!location) return fail(t('call.locationRequired'));
    if (!complaint.value.trim()) {
      complaint.focus();
      return fail(t('fmt.labelled', { label: t('call.complaint'), value: t('val.required') }));
    }
    if (phone.value.trim() && !/^[\d+\- ]{1,32}$/.test(phone.value.trim())) {
      phone.focus();
      return fail(t('fmt.labelled', { label: t('call.phone'), value: t('val.phone') }));
    }
    submit.disabled = true;
    const call: NewCall = {
      kind: kind.value as CallKind,
      lon: location.lon,
      lat: location.lat,
      address: address.value.trim() || undefined,
      chiefComplaint: complaint.value.trim(),
      priority: Number(priority.value) as NewCall['priority'],
      callerPhone: phone.value.trim() || undefined,
      wheelchairNeeded: kind.value === 'Transport' ? wheelchair.checked : undefined,
      category: category.value,
      vehicleType: kind.value === 'Emergency' && vehicleType.value ? vehicleType.value : undefined,
      requiredEquipment: equipment.filter((box) => box.checked).map((box) => box.value),
    };
    createCall(call, idempotencyKey)
      .then((saved) => {
        toast(t('call.created'), 'success');
        onCreated(saved);
        dialog.close();
      })
      .catch((err: unknown) => {
        // Keep the draft: the dispatcher must not retype a call because a request failed.
        if (err instanceof ApiError && err.notAvailable) return fail(t('call.unavailable'));
        fail(t('call.failed', { reason: failureText(err) }));
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
