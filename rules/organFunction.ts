/**
 * Liver and kidney. When a patient reports severe liver disease, then the oral labels contraindicate or do not
 * recommend use; severe kidney disease and dialysis differ by drug (upadacitinib keeps 15 mg in severe impairment,
 * but not in end-stage disease); mild liver or moderate kidney disease changes the dose (label-facts rows 10–12).
 * "Not sure" raises the same flag as unsure (kidney: with the dialysis severities before the cap).
 */
import { choiceIs } from './predicates';
import { CIBINQO_EU, CIBINQO_US, OLUMIANT_UK, RINVOQ_EU, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

export const organFunctionRules: Rule[] = [
  {
    id: 'liver-disease',
    title: 'Severe liver disease (cirrhosis or liver failure)',
    unsureTitle: 'Not sure: liver disease',
    detail:
      'Severe hepatic impairment (Child-Pugh C): upadacitinib and abrocitinib not recommended (US §2) and contraindicated (EU 4.3); baricitinib not recommended (EU 4.2). Liver tests at baseline.',
    patientText: voiced(
      'Tell your dermatologist about your liver disease. Bring recent liver test results if you have them.',
      'Tell the dermatologist about the patient’s liver disease. Bring recent liver test results if there are any.',
    ),
    unsureAbout: voiced('whether you have liver disease, or how bad it is', 'whether the patient has liver disease, or how bad it is'),
    answerIds: ['liverDisease'],
    firesWhen: 'liverDisease = severe (unsure: flagged as unsure)',
    triggers: [
      {
        when: choiceIs('liverDisease', ['severe'], { unsureCounts: true }),
        drugs: { upadacitinib: 'contraindication', abrocitinib: 'contraindication', baricitinib: 'warning', ruxolitinibCream: null },
      },
    ],
    sources: [
      cite(RINVOQ_US, '§2 Dosage (hepatic impairment)'),
      cite(RINVOQ_EU, '4.3 Contraindications'),
      cite(CIBINQO_US, '§2 Dosage (hepatic impairment)'),
      cite(CIBINQO_EU, '4.3 Contraindications'),
      cite(OLUMIANT_UK, '4.2 Posology (hepatic impairment)'),
    ],
  },
  {
    id: 'liver-disease-mild',
    title: 'Mild liver disease',
    detail:
      'Mild or moderate hepatic impairment (Child-Pugh A/B) needs no abrocitinib dose change (US §2); confirm the degree of impairment and check liver tests at baseline and periodically (upadacitinib §5.8).',
    patientText: voiced(
      'Tell your dermatologist about your liver condition. You may need liver blood tests.',
      'Tell the dermatologist about the patient’s liver condition. Liver blood tests may be needed.',
    ),
    answerIds: ['liverDisease'],
    firesWhen: 'liverDisease = mild',
    triggers: [{ when: choiceIs('liverDisease', ['mild']), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: null } }],
    sources: [cite(CIBINQO_US, '§2 Dosage (hepatic impairment)'), cite(RINVOQ_US, '§5.8 Laboratory abnormalities')],
  },
  {
    id: 'kidney-disease',
    title: 'Severe kidney disease or dialysis',
    detail:
      'Abrocitinib (US §2): not recommended in severe impairment (eGFR <30), end-stage disease or dialysis. Upadacitinib (US §2): 15 mg in severe impairment; not recommended in end-stage renal disease (the eGFR band of "severe" is UNVERIFIED in our sources). Baricitinib (EU 4.2): eGFR <30 not recommended.',
    patientText: voiced(
      'Tell your dermatologist about your kidney disease or dialysis. Bring recent kidney test results if you have them.',
      'Tell the dermatologist about the patient’s kidney disease or dialysis. Bring recent kidney test results if there are any.',
    ),
    unsureAbout: voiced('whether you have kidney disease, or how bad it is', 'whether the patient has kidney disease, or how bad it is'),
    answerIds: ['kidneyDisease'],
    firesWhen: 'kidneyDisease = severe (abrocitinib, baricitinib warning; upadacitinib discuss) or dialysis (oral warning); unsure: as dialysis, flagged as unsure',
    triggers: [
      {
        when: choiceIs('kidneyDisease', ['dialysis'], { unsureCounts: true }),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: null },
        title: 'On dialysis',
        unsureTitle: 'Not sure: kidney disease',
      },
      {
        when: choiceIs('kidneyDisease', ['severe']),
        drugs: { upadacitinib: 'discuss', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: null },
        title: 'Severe kidney disease',
      },
    ],
    sources: [
      cite(CIBINQO_US, '§2 Dosage (renal impairment)'),
      cite(RINVOQ_US, '§2 Dosage (renal impairment)'),
      cite(OLUMIANT_UK, '4.2 Posology (renal impairment)'),
    ],
  },
  {
    id: 'kidney-disease-moderate',
    title: 'Moderate kidney disease',
    detail:
      'Abrocitinib: eGFR 30–59 starts at 50 mg (US §2). Baricitinib: eGFR 30–60, 2 mg (EU 4.2). Kidney function (eGFR) at baseline guides the dose.',
    patientText: voiced(
      'Tell your dermatologist about your kidney disease. The dose of some medicines depends on kidney tests.',
      'Tell the dermatologist about the patient’s kidney disease. The dose of some medicines depends on kidney tests.',
    ),
    answerIds: ['kidneyDisease'],
    firesWhen: 'kidneyDisease = moderate',
    triggers: [{ when: choiceIs('kidneyDisease', ['moderate']), drugs: { upadacitinib: null, abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: null } }],
    sources: [cite(CIBINQO_US, '§2 Dosage (renal impairment)'), cite(OLUMIANT_UK, '4.2 Posology (renal impairment)')],
  },
];
