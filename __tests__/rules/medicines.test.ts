/** Medicines taken now (rules.md rows antiplatelet, immunosuppressant-combination, cyp…, probenecid), from the contract. */
import { all, expectRuleCase } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const cases: RuleCase[] = [
  { situation: 'antiplatelet fires on clopidogrel and the like', answers: { medicines: ['antiplatelet'] }, flag: 'antiplatelet', drugs: { abrocitinib: 'contraindication' } },
  { situation: 'antiplatelet does not fire on low-dose aspirin alone', answers: { medicines: ['aspirinLowDose'] }, flag: 'antiplatelet', drugs: null },
  { situation: 'antiplatelet does not fire on an anticoagulant', answers: { medicines: ['anticoagulant'] }, flag: 'antiplatelet', drugs: null },
  { situation: 'antiplatelet does not fire when medicines are left blank', answers: { medicines: undefined }, flag: 'antiplatelet', drugs: null },

  { situation: 'immunosuppressant-combination fires on an immunosuppressant', answers: { medicines: ['immunosuppressant'] }, flag: 'immunosuppressant-combination', drugs: all('warning') },
  { situation: 'immunosuppressant-combination fires on a biologic', answers: { medicines: ['biologic'] }, flag: 'immunosuppressant-combination', drugs: all('warning') },
  { situation: 'immunosuppressant-combination does not fire on steroids most days', answers: { medicines: ['steroidRegular'] }, flag: 'immunosuppressant-combination', drugs: null },

  { situation: 'cyp3a4-inhibitor fires on ketoconazole and the like', answers: { medicines: ['cyp3a4Inhibitor'] }, flag: 'cyp3a4-inhibitor', drugs: { upadacitinib: 'discuss', ruxolitinibCream: 'warning' } },
  { situation: 'cyp3a4-inhibitor does not fire on an inducer', answers: { medicines: ['cyp3a4Inducer'] }, flag: 'cyp3a4-inhibitor', drugs: null },
  { situation: 'cyp3a4-inducer fires on rifampin and the like', answers: { medicines: ['cyp3a4Inducer'] }, flag: 'cyp3a4-inducer', drugs: { upadacitinib: 'warning', abrocitinib: 'warning' } },
  { situation: 'cyp3a4-inducer does not fire on an inhibitor', answers: { medicines: ['cyp3a4Inhibitor'] }, flag: 'cyp3a4-inducer', drugs: null },
  { situation: 'cyp2c19-inhibitor fires on fluvoxamine or fluoxetine: abrocitinib 50 mg start', answers: { medicines: ['cyp2c19Inhibitor'] }, flag: 'cyp2c19-inhibitor', drugs: { abrocitinib: 'discuss' } },
  { situation: 'cyp2c19-inhibitor does not fire on fluconazole alone', answers: { medicines: ['fluconazole'] }, flag: 'cyp2c19-inhibitor', drugs: null },
  { situation: 'cyp2c19-cyp2c9-inhibitor fires on fluconazole: abrocitinib warning (avoid)', answers: { medicines: ['fluconazole'] }, flag: 'cyp2c19-cyp2c9-inhibitor', drugs: { abrocitinib: 'warning' } },
  { situation: 'cyp2c19-cyp2c9-inhibitor does not fire on fluvoxamine or fluoxetine', answers: { medicines: ['cyp2c19Inhibitor'] }, flag: 'cyp2c19-cyp2c9-inhibitor', drugs: null },
  { situation: 'aspirin-dose fires above 81 mg: abrocitinib check', answers: { medicines: ['aspirinOver81'] }, flag: 'aspirin-dose', drugs: { abrocitinib: 'check' } },
  { situation: 'aspirin-dose does not fire on 81 mg or less', answers: { medicines: ['aspirinLowDose'] }, flag: 'aspirin-dose', drugs: null },
  { situation: 'antiplatelet does not fire on aspirin above 81 mg (its own check)', answers: { medicines: ['aspirinOver81'] }, flag: 'antiplatelet', drugs: null },
  { situation: 'anticoagulant fires: abrocitinib warning, the others discuss', answers: { medicines: ['anticoagulant'] }, flag: 'anticoagulant', drugs: { abrocitinib: 'warning', upadacitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' } },
  { situation: 'anticoagulant does not fire on an antiplatelet', answers: { medicines: ['antiplatelet'] }, flag: 'anticoagulant', drugs: null },
  { situation: 'gi-perforation-risk-medicines fires on NSAIDs most days', answers: { medicines: ['nsaidRegular'] }, flag: 'gi-perforation-risk-medicines', drugs: { upadacitinib: 'discuss', baricitinib: 'discuss' } },
  { situation: 'gi-perforation-risk-medicines fires on steroids most days', answers: { medicines: ['steroidRegular'] }, flag: 'gi-perforation-risk-medicines', drugs: { upadacitinib: 'discuss', baricitinib: 'discuss' } },
  { situation: 'gi-perforation-risk-medicines does not fire on low-dose aspirin', answers: { medicines: ['aspirinLowDose'] }, flag: 'gi-perforation-risk-medicines', drugs: null },
  { situation: 'systemic-corticosteroid fires on steroids most days: oral discuss', answers: { medicines: ['steroidRegular'] }, flag: 'systemic-corticosteroid', drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss' } },
  { situation: 'systemic-corticosteroid does not fire on NSAIDs', answers: { medicines: ['nsaidRegular'] }, flag: 'systemic-corticosteroid', drugs: null },
  { situation: 'systemic-corticosteroid does not fire on steroid pills used once for eczema (not a medicine now)', answers: { treatmentsTried: ['oralSteroid'] }, flag: 'systemic-corticosteroid', drugs: null },
  { situation: 'cyp2c19-inhibitor does not fire on a CYP3A4 inhibitor', answers: { medicines: ['cyp3a4Inhibitor'] }, flag: 'cyp2c19-inhibitor', drugs: null },
  { situation: 'probenecid fires on probenecid', answers: { medicines: ['probenecid'] }, flag: 'probenecid', drugs: { baricitinib: 'discuss' } },
  { situation: 'probenecid does not fire on NSAIDs most days', answers: { medicines: ['nsaidRegular'] }, flag: 'probenecid', drugs: null },
  { situation: 'each medicine fires its own flag when several are taken', answers: { medicines: ['antiplatelet', 'probenecid', 'cyp2c19Inhibitor'] }, flag: 'probenecid', drugs: { baricitinib: 'discuss' } },
];

test.each(cases)('$situation', expectRuleCase);
