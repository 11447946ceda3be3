/**
 * The ruleset's semantic version (printed on every summary) and the date its sources were last checked against
 * docs/contract/label-facts.md. Bump the version with every rule or source change and add a CHANGELOG entry.
 */
export const RULESET_VERSION = '2.0.0';
export const RULES_CHECKED_ON = '2026-12-05';
