// Referrals as the contract describes them: summaries in lists, hub pushes and command answers (view.summary).
import type {
  Consciousness, GreenChannelRequest, ReferralAction, ReferralState, ReferralSummary, ReferralView, Sex, Tier,
} from '../api/contract';

export type { Consciousness, ReferralAction, ReferralState, ReferralSummary, ReferralView, Sex, Tier };
export type ReferralRequest = GreenChannelRequest;

export const TERMINAL_STATES: ReadonlySet<ReferralState> = new Set(['handedOver', 'cancelled', 'failed']);

/** The hospital concerned now: the accepting one, else the one being asked. */
export function hospitalOf(r: ReferralSummary): string | null {
  return r.acceptedHospitalId ?? r.offeredHospitalId;
}

/** What people call a referral: its number, or a short id for one stored before numbers existed. */
export function referralNumber(r: Pick<ReferralSummary, 'id' | 'number'>): string {
  return r.number ?? `#${r.id.slice(0, 8)}`;
}
