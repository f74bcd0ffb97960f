// A priority-1 or red-tier referral refused or unanswered: the banner names the referral, the patient, how long they have
// waited and every hospital tried with its answer, in the dispatcher's language.
import { t, tOr } from '../../i18n';
import { normaliseReferral } from '../../referrals/normalise';
import { patientLine } from '../../referrals/labels';
import { reasonText } from '../../referrals/facts';
import { referralNumber, type ReferralSummary } from '../../referrals/types';
import type { LiveAlert } from './alerts';

export function referralAlert(raw: unknown, names: (id: string | null | undefined) => string): { summary: ReferralSummary | null; live: LiveAlert } | null {
  const a = raw as { kind?: unknown; referralId?: unknown; referral?: unknown; waitedSeconds?: unknown; tried?: unknown } | null;
  if (!a || typeof a.referralId !== 'string') return null;
  const id = a.referralId;
  const summary = normaliseReferral(a.referral);
  const kind = a.kind === 'offerTimedOut' ? 'offerTimedOut' : 'declined';
  const waited = typeof a.waitedSeconds === 'number' ? a.waitedSeconds : 0;
  const tried = Array.isArray(a.tried) ? a.tried as { hospitalId?: string; outcome?: string; reason?: string | null }[] : [];
  const text = (): string => {
    const list = tried.map((x) => {
      const outcome = tOr(`gc.outcome.${x.outcome ?? ''}`, x.outcome ?? '');
      return t('gc.paren', { a: names(x.hospitalId), b: x.reason && x.outcome === 'declined' ? t('gc.colon', { a: outcome, b: reasonText(x.reason) }) : outcome });
    }).join(t('gc.listSep'));
    return [
      t(`gc.alert.${kind}`, { id: summary ? referralNumber(summary) : id.slice(0, 8) }),
      summary ? patientLine(summary) : '',
      t('gc.alert.waited', { m: Math.max(1, Math.round(waited / 60)) }),
      list ? t('gc.alert.tried', { list }) : '',
    ].filter(Boolean).join(' · ');
  };
  const title = (): string => {
    const p = summary?.priority ? t('ref.priorityN', { n: summary.priority }) : '';
    const tier = summary?.patient?.tier === 'red' ? t('form.tier.red') : '';
    return [t('gc.alert.title'), p, tier].filter(Boolean).join(' · ');
  };
  return { summary, live: { kind: `alert-${kind}`, referralId: id, message: text(), describe: text, title, repeat: true } };
}
