import { drugSeverityGroups } from '@/lib/summary/drugSeverityGroups';
import { formatPreparedAt } from '@/lib/summary/preparedAt';
import { ruleDrugSeverities } from '@/lib/summary/ruleDrugSeverities';
import { RULES } from '@/rules';

test.each([
  ['one line when all four drugs agree', { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' }, [{ drugs: 'All four drugs', severity: 'warning' }]],
  ['highest first, drugs in the fixed order', { ruxolitinibCream: 'warning', abrocitinib: 'contraindication', baricitinib: 'warning', upadacitinib: 'warning' }, [
    { drugs: 'Abrocitinib', severity: 'contraindication' },
    { drugs: 'Upadacitinib, Ruxolitinib cream, Baricitinib (EU/UK)', severity: 'warning' },
  ]],
  ['only the drugs named', { baricitinib: 'discuss' }, [{ drugs: 'Baricitinib (EU/UK)', severity: 'discuss' }]],
] as const)('groups per-drug severities: %s', (_, drugs, expected) => {
  expect(drugSeverityGroups(drugs)).toEqual(expected);
});

test('a rule’s per-drug severities merge its triggers', () => {
  const rule = RULES.find((r) => r.id === 'age-below-approved')!;
  expect(ruleDrugSeverities(rule)).toEqual({
    upadacitinib: 'warning',
    abrocitinib: 'warning',
    baricitinib: 'warning',
    ruxolitinibCream: 'warning',
  });
});

test('prints the time as YYYY-MM-DD HH:MM, from a Date or an ISO string', () => {
  expect(formatPreparedAt(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05 07:03');
  expect(formatPreparedAt('2026-11-22T14:05:00')).toBe('2026-11-22 14:05');
});
