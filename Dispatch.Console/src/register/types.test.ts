// The register's option lists must be the contract's enumerations: a value added on the server shows up here as a
// failing test, not as a choice the doctor cannot make or a code shown untranslated.
import { describe, expect, it } from 'vitest';
import document from '../../contract/openapi.json';
import { zhCN } from '../i18n/zh-CN';
import { en } from '../i18n/en';
import { ADVICE, CATEGORIES, CHANNELS, INFECTIONS, SYMPTOMS, TIERS } from './types';

type Enum = { enum: (string | null)[] };
const schemas = document.components.schemas as unknown as Record<string, Enum>;
const values = (name: string): string[] => schemas[name]!.enum.filter((v): v is string => typeof v === 'string');

const lists: [string, readonly string[], string][] = [
  ['Tier', TIERS, 'reg.tier'],
  ['Category', CATEGORIES, 'reg.cat'],
  ['ContactChannel', CHANNELS, 'reg.channel'],
  ['InfectionStatus', INFECTIONS, 'reg.infection'],
  ['Symptom', SYMPTOMS, 'reg.symptom'],
  ['Advice', ADVICE, 'reg.advice'],
];

describe('the register on the contract', () => {
  for (const [schema, list, prefix] of lists) {
    it(`offers every ${schema} the contract lists, and names each in both languages`, () => {
      expect([...list].sort()).toEqual(values(schema).sort());
      for (const value of list) {
        const key = `${prefix}.${value}`;
        expect((zhCN as Record<string, string>)[key], `zh-CN ${key}`).toBeTruthy();
        expect((en as Record<string, string>)[key], `en ${key}`).toBeTruthy();
      }
    });
  }

  it('documents the person\'s version and the If-Match an edit must send', () => {
    const person = (document.components.schemas as unknown as Record<string, { required: string[] }>).PersonView;
    expect(person.required).toContain('version');
    const put = (document.paths as unknown as Record<string, Record<string, { parameters: { name: string; in: string; required: boolean }[] }>>)['/api/register/people/{id}'].put;
    expect(put.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header', required: true }));
  });
});
