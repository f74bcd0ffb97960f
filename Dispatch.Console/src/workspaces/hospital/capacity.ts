// The hospital's own status: diversion switch and free beds per service, kept current for the matcher.
import { append, h } from '../../ui/dom';
import { t } from '../../i18n';
import { toast } from '../../ui/banners';
import { failureText } from '../../ui/failure';
import { updateCapacity } from '../../facilities/api';
import { capabilityLabel, diversionLabel, facilityName, levelLabel } from '../../facilities/labels';
import type { Hospital } from '../../facilities/types';


export function renderCapacity(card: HTMLElement, me: Hospital, onUpdated: (h: Hospital) => void): void {
  // Don't rebuild under the user's cursor while beds are being typed.
  if (card.contains(document.activeElement) && document.activeElement?.tagName === 'INPUT') return;

  const toggle = h('button', { type: 'button', class: `btn ${me.onDiversion ? 'btn-accept' : 'btn-decline'} btn-small` },
    t(me.onDiversion ? 'hospital.endDiversion' : 'hospital.startDiversion'));
  let armed = false;
  toggle.addEventListener('click', () => {
    // Going on diversion stops new offers: a second click confirms; ending it needs no confirmation.
    if (!me.onDiversion && !armed) {
      armed = true;
      toggle.textContent = t('hospital.confirmDiversion');
      window.setTimeout(() => {
        armed = false;
        if (toggle.isConnected) toggle.textContent = t('hospital.startDiversion');
      }, 5000);
      return;
    }
    toggle.disabled = true;
    updateCapacity(me.id, { onDiversion: !me.onDiversion })
      .then((updated) => { onUpdated(updated); toast(diversionLabel(updated.onDiversion), 'success'); })
      .catch((err: unknown) => toast(failureText(err), 'error'))
      .finally(() => { toggle.disabled = false; });
  });

  const inputs = Object.entries(me.beds ?? {}).map(([capability, n]) => {
    const input = h('input', { class: 'input bed-input', type: 'number', min: 0, max: 10000, value: n, 'data-capability': capability, 'aria-label': capabilityLabel(capability) });
    // Beds held for accepted patients (and taken by those handed over since this count) are not free to offer.
    const held = me.bedsHeld?.[capability] ?? 0;
    const note = held ? h('span', { class: 'bed-held', 'data-held': held }, `${t('gc.beds.held', { n: held })} · ${t('gc.beds.free', { n: Math.max(0, n - held) })}`) : null;
    return { capability, input, row: h('label', { class: 'bed-edit' }, h('b', {}, capabilityLabel(capability)), input, note) };
  });
  const save = h('button', { type: 'button', class: 'btn btn-primary btn-small' }, t('hospital.saveBeds'));
  save.addEventListener('click', () => {
    const beds: Record<string, number> = {};
    for (const { capability, input } of inputs) {
      const value = Number(input.value);
      if (!Number.isInteger(value) || value < 0 || value > 10000) {
        input.focus();
        toast(t('fmt.labelled', { label: capabilityLabel(capability), value: t('val.range', { min: 0, max: 10000 }) }), 'error');
        return;
      }
      beds[capability] = value;
    }
    save.disabled = true;
    updateCapacity(me.id, { beds })
      .then((updated) => { (document.activeElement as HTMLElement | null)?.blur(); onUpdated(updated); toast(t('hospital.bedsSaved'), 'success'); })
      .catch((err: unknown) => toast(failureText(err), 'error'))
      .finally(() => { save.disabled = false; });
  });

  card.replaceChildren();
  append(card,
    h('div', { class: 'status-line' },
      h('h2', {}, facilityName(me)),
      h('span', { class: 'muted' }, levelLabel(me.level)),
      h('span', { class: `diversion-pill ${me.onDiversion ? 'on' : 'off'}` }, diversionLabel(me.onDiversion)),
      toggle,
      h('div', { class: 'cap-badges' }, ...me.capabilities.map((c) => h('span', { class: 'cap-badge' }, capabilityLabel(c))))),
    inputs.length ? h('div', { class: 'beds-edit' }, h('span', { class: 'muted' }, t('fac.beds')), ...inputs.map((i) => i.row), save) : null);
}
