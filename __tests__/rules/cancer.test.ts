/** Cancer history (rules.md rows cancer-history and skin-cancer-history), from the contract. */
import { all, expectRuleCase } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const cases: RuleCase[] = [
  { situation: 'cancer-history fires after melanoma', answers: { cancerHistory: ['melanoma'] }, flag: 'cancer-history', drugs: all('warning') },
  { situation: 'cancer-history fires after lymphoma or leukemia', answers: { cancerHistory: ['lymphomaLeukemia'] }, flag: 'cancer-history', drugs: all('warning') },
  { situation: 'cancer-history fires after lung cancer', answers: { cancerHistory: ['lung'] }, flag: 'cancer-history', drugs: all('warning') },
  { situation: 'cancer-history fires after another cancer', answers: { cancerHistory: ['other'] }, flag: 'cancer-history', drugs: all('warning') },
  { situation: 'cancer-history does not fire after non-melanoma skin cancer alone', answers: { cancerHistory: ['nonMelanomaSkin'] }, flag: 'cancer-history', drugs: null },
  { situation: 'cancer-history does not fire with no cancer', answers: { cancerHistory: ['none'] }, flag: 'cancer-history', drugs: null },
  { situation: 'cancer-history does not fire when cancer history is left blank', answers: { cancerHistory: undefined }, flag: 'cancer-history', drugs: null },

  { situation: 'skin-cancer-history fires after non-melanoma skin cancer', answers: { cancerHistory: ['nonMelanomaSkin'] }, flag: 'skin-cancer-history', drugs: all('discuss') },
  { situation: 'skin-cancer-history fires after melanoma', answers: { cancerHistory: ['melanoma'] }, flag: 'skin-cancer-history', drugs: all('discuss') },
  { situation: 'skin-cancer-history does not fire after lung cancer', answers: { cancerHistory: ['lung'] }, flag: 'skin-cancer-history', drugs: null },
  { situation: 'skin-cancer-history does not fire with no cancer', answers: { cancerHistory: ['none'] }, flag: 'skin-cancer-history', drugs: null },
];

test.each(cases)('$situation', expectRuleCase);
