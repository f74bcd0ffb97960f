// A priority-1 or red-tier referral refused or unanswered: the banner names the referral, the patient, how long they have
// waited and every hospital tried with its answer, in the dispatcher's language.
import { t } from '../../i18n';
import { patientLine } from '../../referrals/labels';
import { reasonText } from '../../referrals/facts';
import { referralNumber, type ReferralAlert } from '../../referrals/types';
import type { LiveAlert } from './alerts';

export function referralAlert(a: ReferralAlert, names: (id: string | null | undefined) => string): LiveAlert {
  const summary = a.referral;
  const text = (): string => {
    const list = a.tried.map((x) => {
      const outcome = t(`gc.outcome.${x.outcome}`);
      return t('gc.paren', { a: names(x.hospitalId), b: x.reason && x.outcome === 'declined' ? t('gc.colon', { a: outcome, b: reasonText(x.reason) }) : outcome });
    }).join(t('gc.listSep'));
    return [
      t(`gc.alert.${a.kind}`, { id: referralNumber(summary) }),
      patientLine(summary),
      t('gc.alert.waited', { m: Math.max(1, Math.round(a.waitedSeconds / 60)) }),
      list ? t('gc.alert.tried', { list }) : '',
    ].filter(Boolean).join(' · ');
  };
  const title = (): string =>
    [t('gc.alert.title'), t('ref.priorityN', { n: summary.priority }), summary.tier === 'red' ? t('form.tier.red') : ''].filter(Boolean).join(' · ');
  return { kind: `alert-${a.kind}`, referralId: a.referralId, message: text(), describe: text, title, repeat: true };
}
