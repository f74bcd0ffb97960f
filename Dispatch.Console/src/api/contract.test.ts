// The console's own lists of contract values must be the contract's: a status, state or hub event added on the
// server shows up here as a failing test, not as an unlabelled chip or an event nobody listens to.
import { describe, expect, it } from 'vitest';
import document from '../../contract/openapi.json';
import { VEHICLE_STATUSES } from '../fleet/types';
import { HUB_EVENTS, type HubMethods } from '../realtime/events';
import { TERMINAL_STATES } from '../referrals/types';
import { memberName, tOr } from '../i18n';
import { zhCN } from '../i18n/zh-CN';
import { en } from '../i18n/en';

type Enum = { enum: (string | number | null)[] };
const schemas = document.components.schemas as unknown as Record<string, Enum>;
const values = (name: string): string[] => schemas[name]!.enum.filter((v): v is string => typeof v === 'string');
const signalR = (document as unknown as { 'x-signalr': { events: Record<string, unknown>; methods: Record<string, unknown> } })['x-signalr'];

describe('the contract as the console reads it', () => {
  it('lists every vehicle status the server writes, in the contract\'s spelling', () => {
    expect([...VEHICLE_STATUSES].sort()).toEqual(values('VehicleStatus').sort());
  });

  it('listens to exactly the hub events the server sends', () => {
    expect([...HUB_EVENTS].sort()).toEqual(Object.keys(signalR.events).sort());
  });

  it('calls only hub methods the server has', () => {
    const called: (keyof HubMethods)[] = ['Subscriptions'];
    for (const method of called) expect(Object.keys(signalR.methods)).toContain(method);
  });

  it('knows terminal referral states by the names the contract uses', () => {
    for (const state of TERMINAL_STATES) expect(values('ReferralState')).toContain(state);
  });

  it('writes priority as the integer 1 to 4', () => {
    expect((schemas.Priority as unknown as { type: string; minimum: number; maximum: number })).toMatchObject({ type: 'integer', minimum: 1, maximum: 4 });
  });
});

describe('labels for every value the server can send', () => {
  const prefixes: [string, string][] = [
    ['VehicleStatus', 'status.'], ['ReferralState', 'ref.state.'], ['CallStatus', 'callStatus.'], ['CallKind', 'callKind.'],
  ];
  for (const [schema, prefix] of prefixes) {
    it(`names each ${schema} in Chinese and in English`, () => {
      for (const value of values(schema)) {
        const key = prefix + memberName(value);
        expect(zhCN, `${key} in zh-CN`).toHaveProperty([key]);
        expect(en, `${key} in en`).toHaveProperty([key]);
        expect(tOr(key, value)).not.toBe(value);
      }
    });
  }

  it('spells an enumeration value as its member name for message keys', () => {
    expect(memberName('enRouteToPatient')).toBe('EnRouteToPatient');
    expect(memberName('')).toBe('');
  });
});
