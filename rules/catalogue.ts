/** Rule catalogue v2 (docs/contract/rules.md), one file per clinical family. */
import { ageRules } from './age';
import { bloodAndGutRules } from './bloodAndGut';
import { cancerRules } from './cancer';
import { cardiovascularRules } from './cardiovascular';
import { indicationRules } from './indication';
import { infectionRules } from './infections';
import { medicineRules } from './medicines';
import { organFunctionRules } from './organFunction';
import { pregnancyRules } from './pregnancy';
import { treatmentHistoryRules } from './treatmentHistory';
import type { Rule } from './types';
import { vaccineRules } from './vaccines';

export const RULES: readonly Rule[] = [
  ...treatmentHistoryRules,
  ...infectionRules,
  ...vaccineRules,
  ...pregnancyRules,
  ...ageRules,
  ...cardiovascularRules,
  ...cancerRules,
  ...organFunctionRules,
  ...bloodAndGutRules,
  ...medicineRules,
  ...indicationRules,
];
