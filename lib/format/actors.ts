import { byIso3 } from '@/lib/geo/countries';

/** Organisations the sources name, spelled out for readers. */
const ORGANISATIONS: Record<string, string> = {
  CSTO: 'Collective Security Treaty Organization (CSTO)',
  NATO: 'NATO',
  UN: 'United Nations',
  UNSC: 'UN Security Council',
  CIS: 'Commonwealth of Independent States (CIS)',
  EU: 'European Union',
  OSCE: 'OSCE',
};

/**
 * A reader's name for an actor code.
 * @example actorName('AZE') // 'Azerbaijan'
 */
export function actorName(code: string): string {
  return byIso3(code)?.name ?? ORGANISATIONS[code] ?? code;
}
