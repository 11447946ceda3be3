/**
 * Vaccines. When an adult has not had (or does not know about) the shingles vaccine, or has had or plans a live
 * vaccine around the start of treatment, then the clinician plans vaccines before an oral JAK inhibitor
 * (label-facts rows 26–27).
 */
import { reportsNo, reportsYes } from './predicates';
import { forOralDrugs } from './severity';
import { CDC_SHINGRIX, CIBINQO_EU, CIBINQO_US, OLUMIANT_UK, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

export const vaccineRules: Rule[] = [
  {
    id: 'shingles-vaccine',
    title: 'No shingles vaccine (or not sure)',
    detail:
      'Adult reports no recombinant zoster vaccine, or does not know. Labels: complete immunizations, including herpes zoster, per current guidelines before starting (UPA, ABRO §2.1). CDC: two doses of recombinant zoster vaccine for adults ≥19 who are or will be immunosuppressed, and for all ≥50.',
    patientText: 'Ask whether you need the shingles vaccine (Shingrix) before you start a new treatment.',
    answerIds: ['shinglesVaccine'],
    firesWhen: 'shinglesVaccine = no or unsure (asked from age 18)',
    triggers: [{ when: reportsNo('shinglesVaccine'), drugs: forOralDrugs('discuss') }],
    sources: [
      cite(RINVOQ_US, '§2.1 Immunizations'),
      cite(CIBINQO_US, '§2.1 Immunizations'),
      cite(CDC_SHINGRIX, 'Recommendations for immunocompromised adults'),
    ],
  },
  {
    id: 'live-vaccine',
    title: 'Live vaccine recently or planned',
    detail:
      'Patient reports a live vaccine in about the last 3 months or one planned. Oral JAK inhibitors: avoid live vaccines during or immediately before treatment (UPA US §5; ABRO US §5.7 and EU 4.4; baricitinib EU 4.4).',
    patientText: 'Tell your dermatologist if you had a live vaccine lately or plan to get one. Examples are MMR, chickenpox and yellow fever.',
    answerIds: ['liveVaccinePlanned'],
    firesWhen: 'liveVaccinePlanned = yes',
    triggers: [{ when: reportsYes('liveVaccinePlanned'), drugs: forOralDrugs('warning') }],
    sources: [
      cite(RINVOQ_US, '§5 Vaccinations'),
      cite(CIBINQO_US, '§5.7 Immunizations'),
      cite(CIBINQO_EU, '4.4 Vaccinations'),
      cite(OLUMIANT_UK, '4.4 Vaccinations'),
    ],
  },
];
