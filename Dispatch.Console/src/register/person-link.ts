// A green-channel request raised from the register carries the person's id: the server then picks the patient up at
// home and applies the tier's minimum priority. The link lasts for one request.
import { requestReferral } from '../referrals/api';
import type { ReferralRequest, ReferralSummary } from '../referrals/types';

export interface PersonLink {
  personId: string | null;
  send(request: ReferralRequest, idempotencyKey: string): Promise<ReferralSummary | null>;
}

export function createPersonLink(): PersonLink {
  const link: PersonLink = {
    personId: null,
    async send(request, idempotencyKey) {
      const body = link.personId ? { ...request, personId: link.personId } : request;
      const summary = await requestReferral(body as ReferralRequest, idempotencyKey);
      link.personId = null;
      return summary;
    },
  };
  return link;
}
