// Referrals as the contract describes them: summaries in lists, hub pushes and command answers (view.summary).
import type {
  Consciousness, GreenChannelRequest, HospitalCandidate, HospitalExclusion, HospitalResponse, RankingPreview, RankingQuery,
  ReferralAction, ReferralAlert, ReferralClock, ReferralState, ReferralSummary, ReferralView, Sex, Tier, WithdrawalReason,
} from '../api/contract';

export type {
  Consciousness, HospitalCandidate, HospitalExclusion, HospitalResponse, RankingPreview, RankingQuery, ReferralAction, ReferralAlert,
  ReferralClock, ReferralState, ReferralSummary, ReferralView, Sex, Tier, WithdrawalReason,
};
export type ReferralRequest = GreenChannelRequest;

export const TERMINAL_STATES: ReadonlySet<ReferralState> = new Set(['handedOver', 'cancelled', 'failed']);

/** The hospital concerned now: the accepting one, else the one being asked. */
export function hospitalOf(r: ReferralSummary): string | null {
  return r.acceptedHospitalId ?? r.offeredHospitalId;
}

/** Every hospital asked now (several when offered in parallel), else the one concerned. */
export function hospitalsOf(r: ReferralSummary): string[] {
  if (r.state === 'offered' && r.offeredHospitalIds.length > 1) return r.offeredHospitalIds;
  const one = hospitalOf(r);
  return one ? [one] : [];
}

/** What people call a referral: its number, or a short id for one stored before numbers existed. */
export function referralNumber(r: Pick<ReferralSummary, 'id' | 'number'>): string {
  return r.number ?? `#${r.id.slice(0, 8)}`;
}
