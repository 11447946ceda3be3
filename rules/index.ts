export { evaluate } from './evaluate';
export { RULES } from './catalogue';
export { RULESET_VERSION, RULES_CHECKED_ON } from './version';
export { severityRank } from './severity';
export * from './types';
