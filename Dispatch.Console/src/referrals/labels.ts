// Display helpers shared by the queue, the doctor's list and the hospital's board.
import { h } from '../ui/dom';
import { formatAge, memberName, t, tOr } from '../i18n';
import { hospitalsOf, referralNumber, type ReferralSummary } from './types';
import { clockLine } from './facts';

export function stateLabel(state: string | undefined, vehicleAtPatient = false): string {
  // A crew that reached the patient before the hospital accepted is not "on the way to" them any more.
  if (state === 'enRouteToPatient' && vehicleAtPatient) return t('ref.state.WithPatient');
  return state ? tOr(`ref.state.${memberName(state)}`, state) : t('ref.unknown');
}

export function tierChip(tier: string | undefined): HTMLElement | null {
  if (tier !== 'red' && tier !== 'yellow' && tier !== 'green') return null;
  return h('span', { class: `tier-chip tier-${tier}` }, t(`form.tier.${tier}`));
}

export function patientLine(r: ReferralSummary): string {
  return [t(`form.sex.${r.sex}`), t('form.ageValue', { n: r.age }), r.condition].filter(Boolean).join(' · ');
}

/** The patient line as parts: sex and age in the console's language, the condition as the doctor typed it. */
export function patientParts(r: ReferralSummary): (string | HTMLElement)[] {
  const lead = [t(`form.sex.${r.sex}`), t('form.ageValue', { n: r.age })].join(' · ');
  if (!r.condition) return [lead];
  return [`${lead} · `, h('span', { class: 'ref-condition', translate: 'no' }, r.condition)];
}

/**
 * One referral as a compact card; `vehicle` names the ambulance (doctors and hospitals see call signs from the
 * vehicle's card, dispatchers from their fleet), `actions` adds buttons (accept/decline, cancel), `eta` a live ETA line.
 */
export function referralCard(r: ReferralSummary, names: (id: string | null | undefined) => string,
  vehicle: (id: string) => string = names, actions?: HTMLElement, eta?: HTMLElement | null): HTMLElement {
  const priority = h('span', { class: `prio prio-${r.priority}` }, t('ref.priorityN', { n: r.priority }));
  return h('article', { class: `ref-card state-${r.state}`, 'data-id': r.id },
    h('div', { class: 'ref-head' }, priority, tierChip(r.tier),
      h('span', { class: 'ref-state' }, stateLabel(r.state, r.vehicleAtPatient)), h('span', { class: 'ref-id case-number' }, referralNumber(r))),
    h('div', { class: 'ref-patient' }, ...patientParts(r)),
    h('div', { class: 'ref-route muted' },
      r.callId ? t('ref.fromCall', { id: r.callId }) : r.facilityId ? `${t('ref.from')} ${names(r.facilityId)}` : '',
      hospitalsOf(r).length ? ` → ${t('ref.to')} ${hospitalsOf(r).map((id) => names(id)).join(t('fmt.listSep'))}` : '',
      r.vehicleId ? ` · ${t('ref.vehicle')} ${vehicle(r.vehicleId)}` : ''),
    clockLine(r),
    eta ?? null,
    h('div', { class: 'ref-time muted' }, `${t('ref.updated')} ${formatAge(r.updatedAt)}`),
    actions ?? null);
}
