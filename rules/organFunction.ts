/**
 * Liver and kidney. When a patient reports severe liver disease or severe kidney disease / dialysis, then the oral
 * labels contraindicate or do not recommend use; mild liver or moderate kidney disease changes the dose
 * (label-facts rows 10–12). "Not sure" raises the same flag as unsure, so the clinician checks.
 */
import { choiceIs } from './predicates';
import { forOralDrugs } from './severity';
import { CIBINQO_EU, CIBINQO_US, OLUMIANT_UK, RINVOQ_EU, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

export const organFunctionRules: Rule[] = [
  {
    id: 'liver-disease',
    title: 'Severe liver disease (cirrhosis or liver failure)',
    detail:
      'Patient reports severe liver disease (or is not sure). Severe hepatic impairment (Child-Pugh C): upadacitinib and abrocitinib not recommended (US) and contraindicated (EU 4.3); baricitinib not recommended (EU). Liver tests at baseline.',
    patientText: 'Tell your dermatologist about your liver disease. Bring recent liver test results if you have them.',
    answerIds: ['liverDisease'],
    firesWhen: 'liverDisease = severe (unsure: flagged as unsure)',
    triggers: [
      {
        when: choiceIs('liverDisease', ['severe'], { unsureCounts: true }),
        drugs: { upadacitinib: 'contraindication', abrocitinib: 'contraindication', baricitinib: 'warning' },
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
      'Patient reports mild liver disease. Mild or moderate hepatic impairment (Child-Pugh A/B) needs no abrocitinib dose change; confirm the degree of impairment and check liver tests at baseline and periodically (upadacitinib §5.8).',
    patientText: 'Tell your dermatologist about your liver condition. You may need liver blood tests.',
    answerIds: ['liverDisease'],
    firesWhen: 'liverDisease = mild',
    triggers: [{ when: choiceIs('liverDisease', ['mild']), drugs: forOralDrugs('discuss') }],
    sources: [cite(CIBINQO_US, '§2 Dosage (hepatic impairment)'), cite(RINVOQ_US, '§5.8 Laboratory abnormalities')],
  },
  {
    id: 'kidney-disease',
    title: 'Severe kidney disease or dialysis',
    detail:
      'Patient reports severe kidney disease or dialysis (or is not sure). Abrocitinib (US): not recommended in severe impairment (eGFR <30), ESRD or dialysis. Upadacitinib: 15 mg in severe impairment; not recommended in ESRD (the eGFR band of "severe" is UNVERIFIED in our sources). Baricitinib: eGFR <30 not recommended.',
    patientText: 'Tell your dermatologist about your kidney disease or dialysis. Bring recent kidney test results if you have them.',
    answerIds: ['kidneyDisease'],
    firesWhen: 'kidneyDisease = severe or dialysis (unsure: flagged as unsure)',
    triggers: [{ when: choiceIs('kidneyDisease', ['severe', 'dialysis'], { unsureCounts: true }), drugs: forOralDrugs('warning') }],
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
      'Patient reports moderate kidney disease. Abrocitinib: eGFR 30–59 starts at 50 mg (US). Baricitinib: eGFR 30–60, 2 mg (EU). Kidney function (eGFR) at baseline guides the dose.',
    patientText: 'Tell your dermatologist about your kidney disease. The dose of some medicines depends on kidney tests.',
    answerIds: ['kidneyDisease'],
    firesWhen: 'kidneyDisease = moderate',
    triggers: [{ when: choiceIs('kidneyDisease', ['moderate']), drugs: { abrocitinib: 'discuss', baricitinib: 'discuss' } }],
    sources: [cite(CIBINQO_US, '§2 Dosage (renal impairment)'), cite(OLUMIANT_UK, '4.2 Posology (renal impairment)')],
  },
];
