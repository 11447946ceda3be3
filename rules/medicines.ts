/**
 * Medicines that interact. When a patient takes an antiplatelet drug, aspirin above 81 mg, an anticoagulant, another
 * immunosuppressant or biologic, a strong CYP3A4 inhibitor or inducer, a CYP2C19 inhibitor, fluconazole (CYP2C19 and
 * CYP2C9), probenecid, or NSAIDs or steroids most days, then the labels' contraindications, limitations of use, dose
 * changes and warnings apply (label-facts rows 13, 20–25, 31; §11). The example drug names patients see come from
 * standard CYP lists, not from label text (rows 21–22).
 */
import { listHasAny } from './predicates';
import { CIBINQO_EU, CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_EU_LEAFLET, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

export const medicineRules: Rule[] = [
  {
    id: 'antiplatelet',
    title: 'Antiplatelet medicine (not aspirin)',
    detail:
      'Abrocitinib (US §4): contraindicated with antiplatelet therapy other than low-dose aspirin during the first 3 months of treatment (early platelet fall, bleeding risk). The exact aspirin cut-off ("≤81 mg/day") is UNVERIFIED in our sources.',
    patientText: voiced(
      'Tell your dermatologist the name of your blood thinner, such as clopidogrel (Plavix), and why you take it.',
      'Tell the dermatologist the name of the patient’s blood thinner, such as clopidogrel (Plavix), and why it is taken.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has antiplatelet',
    triggers: [{ when: listHasAny('medicines', ['antiplatelet']), drugs: { upadacitinib: null, abrocitinib: 'contraindication', baricitinib: null, ruxolitinibCream: null } }],
    sources: [cite(CIBINQO_US, '§4 Contraindications')],
  },
  {
    id: 'aspirin-dose',
    title: 'Aspirin above 81 mg a day',
    detail:
      'Abrocitinib (US §4): the antiplatelet contraindication in the first 3 months excepts low-dose aspirin; whether this dose is within that exception needs checking (the "≤81 mg/day" cut-off is UNVERIFIED in our sources).',
    patientText: voiced(
      'Tell your dermatologist your aspirin dose and why you take it.',
      'Tell the dermatologist the patient’s aspirin dose and why it is taken.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has aspirinOver81',
    triggers: [{ when: listHasAny('medicines', ['aspirinOver81']), drugs: { upadacitinib: null, abrocitinib: 'check', baricitinib: null, ruxolitinibCream: null } }],
    sources: [cite(CIBINQO_US, '§4 Contraindications')],
  },
  {
    id: 'anticoagulant',
    title: 'Anticoagulant (warfarin, apixaban, rivaroxaban, dabigatran or similar)',
    detail:
      'Abrocitinib inhibits P-gp: exposure to narrow-margin P-gp substrates such as dabigatran rose (US §7; EU names dabigatran), and platelets fall early in treatment. Why the anticoagulant is taken (a past clot, atrial fibrillation) is a thrombosis question for every JAK inhibitor (boxed warning; §5.5).',
    patientText: voiced(
      'Tell your dermatologist the name of your blood thinner, such as Eliquis, Xarelto or Coumadin, and why you take it.',
      'Tell the dermatologist the name of the patient’s blood thinner, such as Eliquis, Xarelto or Coumadin, and why it is taken.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has anticoagulant',
    triggers: [
      { when: listHasAny('medicines', ['anticoagulant']), drugs: { upadacitinib: 'discuss', abrocitinib: 'warning', baricitinib: 'discuss', ruxolitinibCream: 'discuss' } },
    ],
    sources: [
      cite(CIBINQO_US, '§7 Drug interactions (P-gp substrates)'),
      cite(CIBINQO_EU, '4.5 Interactions (dabigatran)'),
      cite(RINVOQ_US, 'Boxed warning; §5.5 Thrombosis'),
      cite(OPZELURA_US, 'Boxed warning; §5.5 Thrombosis'),
    ],
  },
  {
    id: 'immunosuppressant-combination',
    title: 'Other immunosuppressant or biologic',
    detail:
      'Immunosuppressant tablets (cyclosporine, methotrexate, azathioprine, mycophenolate, tacrolimus) or a biologic for any condition. Limitation of use: not in combination with other JAK inhibitors, biologic immunomodulators or potent immunosuppressants (upadacitinib, abrocitinib §1; ruxolitinib cream §1.3; baricitinib EU 4.5).',
    patientText: voiced(
      'Tell your dermatologist about every medicine you take that calms your immune system. This includes shots for other health problems.',
      'Tell the dermatologist about every medicine the patient takes that calms the immune system. This includes shots for other health problems.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has immunosuppressant or biologic',
    triggers: [
      {
        when: listHasAny('medicines', ['immunosuppressant', 'biologic']),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' },
      },
    ],
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
      'Strong CYP3A4 inhibitor group (ketoconazole, itraconazole, posaconazole, voriconazole, clarithromycin, ritonavir including Paxlovid, cobicistat; examples from standard CYP lists). Upadacitinib: dose capped at 15 mg with strong CYP3A4 inhibitors (AD-section wording UNVERIFIED in our sources). Ruxolitinib cream (§7): avoid the combination (ruxolitinib is a CYP3A4 substrate).',
    patientText: voiced(
      'Tell your dermatologist the name of your antifungal, antibiotic or HIV medicine, or if you take Paxlovid. It can change how other medicines work.',
      'Tell the dermatologist the name of the patient’s antifungal, antibiotic or HIV medicine, or about Paxlovid. It can change how other medicines work.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has cyp3a4Inhibitor',
    triggers: [{ when: listHasAny('medicines', ['cyp3a4Inhibitor']), drugs: { upadacitinib: 'discuss', abrocitinib: null, baricitinib: null, ruxolitinibCream: 'warning' } }],
    sources: [cite(RINVOQ_US, '§2 Dosage; §7 Drug interactions'), cite(OPZELURA_US, '§7 Drug interactions')],
  },
  {
    id: 'cyp3a4-inducer',
    title: 'Strong CYP3A4 inducer',
    detail:
      'Strong inducer group (rifampin, carbamazepine, phenytoin, St John’s wort). Upadacitinib: co-use with strong CYP3A4 inducers not recommended (§7). Abrocitinib: avoid strong CYP2C19 or CYP2C9 inducers such as rifampin (US §7).',
    patientText: voiced(
      'Tell your dermatologist the name of your seizure medicine, TB antibiotic or St John’s wort. It can change how other medicines work.',
      'Tell the dermatologist the name of the patient’s seizure medicine, TB antibiotic or St John’s wort. It can change how other medicines work.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has cyp3a4Inducer',
    triggers: [{ when: listHasAny('medicines', ['cyp3a4Inducer']), drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: null, ruxolitinibCream: null } }],
    sources: [cite(RINVOQ_US, '§7 Drug interactions'), cite(CIBINQO_US, '§7 Drug interactions')],
  },
  {
    id: 'cyp2c19-inhibitor',
    title: 'Strong CYP2C19 inhibitor (fluvoxamine or fluoxetine)',
    detail: 'Abrocitinib with strong CYP2C19 inhibitors: 50 mg once daily, may increase to 100 mg (US §2, §7).',
    patientText: voiced(
      'Tell your dermatologist if you take fluvoxamine (Luvox) or fluoxetine (Prozac). It can change the dose of other medicines.',
      'Tell the dermatologist that the patient takes fluvoxamine (Luvox) or fluoxetine (Prozac). It can change the dose of other medicines.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has cyp2c19Inhibitor',
    triggers: [{ when: listHasAny('medicines', ['cyp2c19Inhibitor']), drugs: { upadacitinib: null, abrocitinib: 'discuss', baricitinib: null, ruxolitinibCream: null } }],
    sources: [cite(CIBINQO_US, '§2 Dosage; §7 Drug interactions')],
  },
  {
    id: 'cyp2c19-cyp2c9-inhibitor',
    title: 'Fluconazole (inhibits CYP2C19 and CYP2C9)',
    detail:
      'Abrocitinib (US §7): avoid moderate-to-strong inhibitors of both CYP2C19 and CYP2C9; fluconazole is one. A version-1 answers file’s "fluconazole, fluvoxamine or fluoxetine" is read as fluconazole too, so check which one is taken.',
    patientText: voiced(
      'Tell your dermatologist if you take fluconazole (Diflucan), and how often.',
      'Tell the dermatologist that the patient takes fluconazole (Diflucan), and how often.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has fluconazole',
    triggers: [{ when: listHasAny('medicines', ['fluconazole']), drugs: { upadacitinib: null, abrocitinib: 'warning', baricitinib: null, ruxolitinibCream: null } }],
    sources: [cite(CIBINQO_US, '§7 Drug interactions')],
  },
  {
    id: 'gi-perforation-risk-medicines',
    title: 'NSAIDs or steroids most days (gut perforation risk)',
    detail:
      'Upadacitinib: gastrointestinal perforation (US §5.7); the EU leaflet names NSAIDs and corticosteroids among the risks. Baricitinib (EU 4.4): caution in diverticular disease, especially with NSAIDs, corticosteroids or opioids.',
    patientText: voiced(
      'Tell your dermatologist how often you take ibuprofen, naproxen or steroid pills.',
      'Tell the dermatologist how often the patient takes ibuprofen, naproxen or steroid pills.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has nsaidRegular or steroidRegular',
    triggers: [
      { when: listHasAny('medicines', ['nsaidRegular', 'steroidRegular']), drugs: { upadacitinib: 'discuss', abrocitinib: null, baricitinib: 'discuss', ruxolitinibCream: null } },
    ],
    sources: [cite(RINVOQ_US, '§5.7 Gastrointestinal perforations'), cite(RINVOQ_EU_LEAFLET, 'Section 2 (stomach or gut problems)'), cite(OLUMIANT_UK, '4.4 Diverticulitis')],
  },
  {
    id: 'systemic-corticosteroid',
    title: 'Steroid pills most days',
    detail:
      'Boxed warning: most patients who developed serious infections were taking concomitant immunosuppressants such as methotrexate or corticosteroids (upadacitinib, abrocitinib US boxed warning).',
    patientText: voiced(
      'Tell your dermatologist the name and dose of your steroid pills. Do not stop them on your own.',
      'Tell the dermatologist the name and dose of the patient’s steroid pills. Do not stop them without the prescriber.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has steroidRegular',
    triggers: [{ when: listHasAny('medicines', ['steroidRegular']), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: null } }],
    sources: [cite(RINVOQ_US, 'Boxed warning (serious infections)'), cite(CIBINQO_US, 'Boxed warning (serious infections)')],
  },
  {
    id: 'probenecid',
    title: 'Probenecid',
    detail: 'Probenecid is a strong OAT3 inhibitor. Baricitinib (EU 4.2, 4.5): 2 mg once daily with strong OAT3 inhibitors.',
    patientText: voiced(
      'Tell your dermatologist that you take probenecid. It can change the dose of some medicines.',
      'Tell the dermatologist that the patient takes probenecid. It can change the dose of some medicines.',
    ),
    answerIds: ['medicines'],
    firesWhen: 'medicines has probenecid',
    triggers: [{ when: listHasAny('medicines', ['probenecid']), drugs: { upadacitinib: null, abrocitinib: null, baricitinib: 'discuss', ruxolitinibCream: null } }],
    sources: [cite(OLUMIANT_UK, '4.2 Posology; 4.5 Interactions')],
  },
];
