// The crew of a 120 call found a patient who needs a capable hospital (STEMI, stroke, ICU): the same green-channel
// form a township doctor fills in, sent for the call. Hospitals are ranked from the scene; the call's ambulance carries
// the transfer.
import { h } from '../ui/dom';
import { createDialog } from '../ui/dialog';
import { toast } from '../ui/banners';
import { t } from '../i18n';
import { createRequestForm } from '../referrals/request-form';
import type { ReferralSummary } from '../referrals/types';
import { referCall, type CallSummary } from './api';

export function createReferCallDialog(onReferred: (referral: ReferralSummary) => void) {
  let call: CallSummary | null = null;
  const subject = h('p', { class: 'muted refer-subject' });
  const dialog = createDialog('call.referTitle', 'refer-dialog');
  const form = createRequestForm(undefined, (summary) => {
    onReferred(summary);
    toast(t('call.referred'), 'success');
    dialog.close();
  }, {
    title: null,
    send: ({ requestingFacilityId: _, ...request }, key) => referCall(call!.id, request, key).then((view) => view.summary),
  });
  dialog.body.append(subject, form);
  return {
    dialog,
    open(target: CallSummary): void {
      if (call?.id !== target.id) form.reset();
      call = target;
      subject.textContent = `${target.id} · ${target.chiefComplaint ?? ''}`;
      dialog.open();
    },
  };
}
