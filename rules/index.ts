export { evaluate } from './evaluate';
export { RULES } from './catalogue';
export { RULESET_VERSION, RULES_CHECKED_ON } from './version';
export { severityRank } from './severity';
export * from './types';
export { DRUG_REGISTRY, DRUGS_IN_DISPLAY_ORDER, drugEntry } from './drugs';
export { LABELS_BY_DRUG, SOURCE_DOCUMENTS } from './sources';
export type { SourceDocument } from './sources';
