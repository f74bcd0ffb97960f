// Shapes of /api/register, all from the contract (contract/openapi.json → the generated schema.d.ts), never written by
// hand here. Codes travel as camelCase strings, times as ISO strings.
import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type TierCode = Schemas['Tier'];
export type Sex = Schemas['Sex'];
export type Category = Schemas['Category'];
export type ContactChannel = Schemas['ContactChannel'];
export type InfectionStatus = Schemas['InfectionStatus'];
export type Symptom = Schemas['Symptom'];
export type Advice = Schemas['Advice'];
export type AlertKind = Schemas['AlertKind'];

export type PersonListItem = Schemas['PersonListItem'];
export type PersonPageList = Schemas['PersonPageList'];
export type PersonView = Schemas['PersonView'];
export type ContactView = Schemas['ContactView'];
export type TierChange = Schemas['TierChange'];
export type ReferralEvent = Schemas['ReferralEvent'];
export type PersonPage = Schemas['PersonPage'];
export type NewContact = Schemas['NewContact'];
export type ContactRecorded = Schemas['ContactRecordedView'];
export type RowProblem = Schemas['RowProblem'];
export type ImportReport = Schemas['ImportReport'];
export type MapPoint = Schemas['MapPoint'];
export type ComplianceRow = Schemas['ComplianceRow'];
export type RegisterAlert = Schemas['RegisterAlert'];
export type PersonDetails = Schemas['PersonDetails'];

// The values the forms offer, in the order they are shown; `satisfies` refuses a value the contract does not have,
// and register/types.test.ts that the contract has one these lists lack.
export const TIERS = ['red', 'yellow', 'green'] as const satisfies readonly TierCode[];
export const CATEGORIES = ['over65', 'pregnant', 'child', 'disability', 'hypertension', 'diabetes', 'chronicLungDisease', 'heartDisease',
  'kidneyFailureOnDialysis', 'cancer', 'livesAlone', 'livesWithDisabledChildOnly'] as const satisfies readonly Category[];
export const CHANNELS = ['phone', 'weChat', 'video', 'homeVisit'] as const satisfies readonly ContactChannel[];
export const INFECTIONS = ['notTested', 'negative', 'antigenPositive', 'pcrPositive'] as const satisfies readonly InfectionStatus[];
export const SYMPTOMS = ['fever', 'cough', 'soreThroat', 'fatigue', 'diarrhoea', 'shortnessOfBreath', 'chestPain', 'confusion'] as const satisfies readonly Symptom[];
export const ADVICE = ['homeCare', 'medicationGuidance', 'refer'] as const satisfies readonly Advice[];
