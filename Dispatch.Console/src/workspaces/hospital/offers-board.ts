// Incoming offers for this hospital with a live countdown, and accept / decline-with-reason.
import { h } from '../../ui/dom';
import { t } from '../../i18n';
import { toast } from '../../ui/banners';
import { ApiError } from '../../auth/http';
import { acceptOffer, declineOffer } from '../../referrals/api';
import { referralCard } from '../../referrals/labels';
import { capabilityLabel } from '../../facilities/labels';
import type { ReferralStore } from '../../referrals/store';
import type { ReferralSummary } from '../../referrals/types';

const DECLINE_REASONS = ['noBed', 'noCapability', 'diversion', 'other'] as const;

export function countdownText(expiresAt: string | null | undefined, now = Date.now()): { text: string; urgent: boolean; expired: boolean } {
  const end = expiresAt ? Date.parse(expiresAt) : NaN;
  if (Number.isNaN(end)) return { text: '', urgent: false, expired: false };
  const left = Math.round((end - now) / 1000);
  if (left <= 0) return { text: t('hospital.expired'), urgent: true, expired: true };
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return { text: `${t('hospital.expiresIn')} ${mm}:${ss}`, urgent: left <= 60, expired: false };
}

function describeConflict(err: unknown): string {
  if (!(err instanceof ApiError)) return t('err.generic');
  if (err.notAvailable) return t('err.notFound');
  // 409: another hospital won or the offer timed out; the server says which.
  return err.status === 409 ? t('hospital.conflict', { reason: err.message }) : err.message;
}

export function offerCard(r: ReferralSummary, store: ReferralStore, names: (id: string | null | undefined) => string): HTMLElement {
  const countdown = h('span', { class: 'countdown', 'data-expires': r.offerExpiresAt ?? '' });
  const accept = h('button', { type: 'button', class: 'btn btn-accept' }, t('hospital.accept'));
  const reason = h('select', { class: 'input input-small', 'aria-label': t('hospital.declineReason') },
    ...DECLINE_REASONS.map((k) => h('option', { value: k }, t(`hospital.reason.${k}`))));
  const decline = h('button', { type: 'button', class: 'btn btn-decline' }, t('hospital.decline'));
  const busy = (on: boolean): void => { accept.disabled = on; decline.disabled = on; };
  const settle = (p: Promise<ReferralSummary | null>, done: string): void => {
    busy(true);
    p.then((s) => { if (s?.id) store.upsert(s); toast(done, 'success'); })
      .catch((err: unknown) => toast(describeConflict(err), 'error'))
      .finally(() => busy(false));
  };
  accept.addEventListener('click', () => settle(acceptOffer(r.id), t('hospital.accepted')));
  decline.addEventListener('click', () => settle(declineOffer(r.id, t(`hospital.reason.${reason.value as (typeof DECLINE_REASONS)[number]}`)), t('hospital.declined')));
  const caps = (r.requiredCapabilities ?? []).map((c) => h('span', { class: 'cap-badge' }, capabilityLabel(c)));
  const card = referralCard(r, names, names, h('div', { class: 'offer-actions' }, countdown, accept, reason, decline));
  if (caps.length) card.insertBefore(h('div', { class: 'cap-badges' }, ...caps), card.lastChild);
  card.classList.add('offer-card');
  return card;
}

/** Updates every countdown under `root` in place; called once a second. */
export function tickCountdowns(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('.countdown')) {
    const c = countdownText(el.dataset.expires);
    el.textContent = c.text;
    el.classList.toggle('is-urgent', c.urgent);
    el.closest('.offer-card')?.classList.toggle('is-expired', c.expired);
  }
}
