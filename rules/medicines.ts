/**
 * Medicines that interact. When a patient takes an antiplatelet drug, another immunosuppressant or biologic, a
 * strong CYP3A4 or CYP2C19 inhibitor, a CYP3A4 inducer or probenecid, then the labels' contraindications,
 * limitations of use and dose changes apply (label-facts rows 13, 20–25). The example drug names patients see come
 * from standard CYP lists, not from label text (row 21–22).
 */
import { listHasAny } from './predicates';
import { forAllDrugs } from './severity';
import { CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

export const medicineRules: Rule[] = [
  {
    id: 'antiplatelet',
    title: 'Antiplatelet medicine (not aspirin)',
    detail:
      'Patient takes clopidogrel, prasugrel, ticagrelor or ticlopidine. Abrocitinib (US §4): contraindicated with antiplatelet therapy other than low-dose aspirin during the first 3 months of treatment (early platelet fall, bleeding risk). The exact aspirin cut-off ("≤81 mg/day") is UNVERIFIED in our sources.',
    patientText: 'Tell your dermatologist the name of your blood thinner, such as clopidogrel, and why you take it.',
    answerIds: ['medicines'],
    firesWhen: 'medicines has antiplatelet',
    triggers: [{ when: listHasAny('medicines', ['antiplatelet']), drugs: { abrocitinib: 'contraindication' } }],
    sources: [cite(CIBINQO_US, '§4 Contraindications')],
  },
  {
    id: 'immunosuppressant-combination',
    title: 'Other immunosuppressant or biologic',
    detail:
      'Patient takes an immunosuppressant (cyclosporine, methotrexate, azathioprine, mycophenolate, tacrolimus tablets) or a biologic for any condition. Limitation of use: not in combination with other JAK inhibitors, biologic immunomodulators or potent immunosuppressants (UPA, ABRO §1; ruxolitinib cream §1.3; baricitinib EU).',
    patientText: 'Tell your dermatologist about every medicine you take that calms your immune system. This includes shots for other health problems.',
    answerIds: ['medicines'],
    firesWhen: 'medicines has immunosuppressant or biologic',
    triggers: [{ when: listHasAny('medicines', ['immunosuppressant', 'biologic']), drugs: forAllDrugs('warning') }],
    sources: [
      cite(RINVOQ_US, '§1 Limitation of use'),
      cite(CIBINQO_US, '§1 Limitation of use'),
      cite(OPZELURA_US, '§1.3 Limitation of use'),
      cite(OLUMIANT_UK, '4.5 Interactions'),
    ],
  },
  {
    id: 'cyp3a4-inhibitor',
    title: 'Strong CYP3A4 inhibitor',
    detail:
      'Patient takes a drug from the strong CYP3A4 inhibitor group (ketoconazole, itraconazole, clarithromycin, ritonavir). Upadacitinib: dose capped at 15 mg with strong CYP3A4 inhibitors (AD-section wording UNVERIFIED in our sources). Ruxolitinib cream (§7): avoid the combination (ruxolitinib is a CYP3A4 substrate).',
    patientText: 'Tell your dermatologist the name of your antifungal, antibiotic or HIV medicine. It can change how other medicines work.',
    answerIds: ['medicines'],
    firesWhen: 'medicines has cyp3a4Inhibitor',
    triggers: [{ when: listHasAny('medicines', ['cyp3a4Inhibitor']), drugs: { upadacitinib: 'discuss', ruxolitinibCream: 'warning' } }],
    sources: [cite(RINVOQ_US, '§2 Dosage; §7 Drug interactions'), cite(OPZELURA_US, '§7 Drug interactions')],
  },
  {
    id: 'cyp3a4-inducer',
    title: 'Strong CYP3A4 inducer',
    detail:
      'Patient takes a drug from the strong inducer group (rifampin, carbamazepine, phenytoin, St John’s wort). Upadacitinib: co-use with strong CYP3A4 inducers not recommended. Abrocitinib: avoid strong CYP2C19 or CYP2C9 inducers such as rifampin (US §7).',
    patientText: 'Tell your dermatologist the name of your seizure medicine, TB antibiotic or St John’s wort. It can change how other medicines work.',
    answerIds: ['medicines'],
    firesWhen: 'medicines has cyp3a4Inducer',
    triggers: [{ when: listHasAny('medicines', ['cyp3a4Inducer']), drugs: { upadacitinib: 'warning', abrocitinib: 'warning' } }],
    sources: [cite(RINVOQ_US, '§7 Drug interactions'), cite(CIBINQO_US, '§7 Drug interactions')],
  },
  {
    id: 'cyp2c19-inhibitor',
    title: 'Strong CYP2C19 inhibitor',
    detail:
      'Patient takes fluconazole, fluvoxamine or fluoxetine (strong CYP2C19 inhibitors named in the abrocitinib label). Abrocitinib: start at 50 mg (US §2, §7); avoid moderate-to-strong inhibitors of both CYP2C19 and CYP2C9.',
    patientText: 'Tell your dermatologist the name of your antifungal or antidepressant medicine. It can change the dose of other medicines.',
    answerIds: ['medicines'],
    firesWhen: 'medicines has cyp2c19Inhibitor',
    triggers: [{ when: listHasAny('medicines', ['cyp2c19Inhibitor']), drugs: { abrocitinib: 'warning' } }],
    sources: [cite(CIBINQO_US, '§2 Dosage; §7 Drug interactions')],
  },
  {
    id: 'probenecid',
    title: 'Probenecid',
    detail: 'Patient takes probenecid, a strong OAT3 inhibitor. Baricitinib (EU): 2 mg once daily with strong OAT3 inhibitors.',
    patientText: 'Tell your dermatologist that you take probenecid. It can change the dose of some medicines.',
    answerIds: ['medicines'],
    firesWhen: 'medicines has probenecid',
    triggers: [{ when: listHasAny('medicines', ['probenecid']), drugs: { baricitinib: 'discuss' } }],
    sources: [cite(OLUMIANT_UK, '4.2 Posology; 4.5 Interactions')],
  },
];
