/**
 * Vaccines. When an adult has not had (or does not know about) the shingles vaccine, when someone is not known to be
 * immune to chickenpox, or has had or plans a live vaccine around the start of treatment, then the clinician plans
 * vaccines before an oral JAK inhibitor: a live vaccine cannot be given during treatment (label-facts rows 26–27).
 */
import { reportsNo, reportsYes } from './predicates';
import { CDC_SHINGRIX, CIBINQO_EU, CIBINQO_US, OLUMIANT_UK, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

export const vaccineRules: Rule[] = [
  {
    id: 'shingles-vaccine',
    title: 'No shingles vaccine',
    unsureTitle: 'Not sure: shingles vaccine',
    detail:
      'Labels: complete immunizations, including herpes zoster, per current guidelines before starting (upadacitinib, abrocitinib US §2.1). CDC: two doses of recombinant zoster vaccine for adults 19 and older who are or will be immunosuppressed, and for everyone 50 and older.',
    patientText: voiced(
      'Ask whether you need the shingles vaccine (Shingrix) before you start a new treatment.',
      'Ask whether the patient needs the shingles vaccine (Shingrix) before starting a new treatment.',
    ),
    unsureAbout: voiced('whether you have had the shingles vaccine (Shingrix)', 'whether the patient has had the shingles vaccine (Shingrix)'),
    answerIds: ['shinglesVaccine'],
    firesWhen: 'shinglesVaccine = no or unsure (asked from age 18)',
    triggers: [{ when: reportsNo('shinglesVaccine'), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: null } }],
    sources: [
      cite(RINVOQ_US, '§2.1 Immunizations'),
      cite(CIBINQO_US, '§2.1 Immunizations'),
      cite(CDC_SHINGRIX, 'Recommendations for immunocompromised adults'),
    ],
  },
  {
    id: 'varicella-immunity',
    title: 'No chickenpox and no chickenpox vaccine',
    unsureTitle: 'Not sure: chickenpox or chickenpox vaccine',
    detail:
      'Immunity to varicella is not established. Complete immunizations before starting (upadacitinib, abrocitinib US §2.1); the varicella vaccine is live, and live vaccines are avoided during and immediately before treatment (upadacitinib US §5, abrocitinib US §5.7, baricitinib EU 4.4), so it must be given, if needed, before the start.',
    patientText: voiced(
      'Ask whether you need the chickenpox vaccine before you start. It cannot be given during treatment.',
      'Ask whether the patient needs the chickenpox vaccine before starting. It cannot be given during treatment.',
    ),
    unsureAbout: voiced('whether you have had chickenpox or two doses of its vaccine', 'whether the patient has had chickenpox or two doses of its vaccine'),
    answerIds: ['chickenpoxImmune'],
    firesWhen: 'chickenpoxImmune = no or unsure',
    triggers: [{ when: reportsNo('chickenpoxImmune'), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: null } }],
    sources: [
      cite(RINVOQ_US, '§2.1 Immunizations; §5 Vaccinations'),
      cite(CIBINQO_US, '§2.1 Immunizations; §5.7 Immunizations'),
      cite(OLUMIANT_UK, '4.4 Vaccinations'),
    ],
  },
  {
    id: 'live-vaccine',
    title: 'Live vaccine recently or planned',
    detail:
      'Oral JAK inhibitors: avoid live vaccines during or immediately before treatment (upadacitinib US §5; abrocitinib US §5.7 and EU 4.4; baricitinib EU 4.4).',
    patientText: voiced(
      'Tell your dermatologist about the live vaccine you had lately or plan to get. Examples are MMR, chickenpox and yellow fever.',
      'Tell the dermatologist about the live vaccine the patient had lately or plans to get. Examples are MMR, chickenpox and yellow fever.',
    ),
    unsureAbout: voiced('whether you had or plan a live vaccine around this time', 'whether the patient had or plans a live vaccine around this time'),
    answerIds: ['liveVaccinePlanned'],
    firesWhen: 'liveVaccinePlanned = yes',
    triggers: [{ when: reportsYes('liveVaccinePlanned'), drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: null } }],
    sources: [
      cite(RINVOQ_US, '§5 Vaccinations'),
      cite(CIBINQO_US, '§5.7 Immunizations'),
      cite(CIBINQO_EU, '4.4 Vaccinations'),
      cite(OLUMIANT_UK, '4.4 Vaccinations'),
    ],
  },
];
