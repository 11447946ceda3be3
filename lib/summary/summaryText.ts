/**
 * The summary as plain text, for pasting into a clinic note: flags with their ids, per-drug severities, the answers
 * behind them, sources, the baseline checks and the open items. Name and date of birth are left out: the note already
 * sits in the patient's chart. Pure: the caller passes the result and the time.
 */
import type { AnswersDocument } from '@/lib/answers/types';
import type { Flag, ScreeningResult } from '@/rules';
import { answerTextById, questionWordingById } from './answerText';
import { DRUG_DISPLAY, RESPONDENT_LABELS, drugName, severityDisplay } from './labels';
import { openItems } from './openItems';
import { formatPreparedAt } from './preparedAt';

export interface SummaryTextInput {
  document: AnswersDocument;
  result: ScreeningResult;
  preparedAt: Date | string;
  appVersion: string;
}

export const SUMMARY_TITLE = 'Pre-visit questionnaire: patient-reported information';
export const NOT_A_VERDICT =
  'Prepared from self-reported answers, for discussion with a dermatologist. Not a diagnosis or a prescription.';

function sourceText(flag: Flag): string {
  return flag.sources
    .map((s) => [s.label, s.section, s.revised ? `rev. ${s.revised}` : undefined].filter(Boolean).join(', '))
    .join('; ');
}

function flagLines(flag: Flag, document: AnswersDocument): string[] {
  const severity = severityDisplay(flag.severity).label;
  const unsure = flag.certainty === 'unsure' ? ' [UNSURE: based on a "not sure" answer]' : '';
  const drugs = DRUG_DISPLAY.filter((d) => flag.drugs[d.id])
    .map((d) => `${drugName(d.id)}: ${severityDisplay(flag.drugs[d.id]!).label}`)
    .join('; ');
  const because = flag.because
    .map((b) => `${questionWordingById(b.question, document.respondent)} — ${answerTextById(b.question, b.answer)}`)
    .join('; ');
  return [
    `- [${severity}] ${flag.title} (rule ${flag.id})${unsure}`,
    `  Per drug: ${drugs}`,
    `  Because: ${because}`,
    `  Sources: ${sourceText(flag)}`,
  ];
}

export function summaryToText({ document, result, preparedAt, appVersion }: SummaryTextInput): string {
  const perDrug = DRUG_DISPLAY.map((d) => `${drugName(d.id)}: ${severityDisplay(result.byDrug[d.id]).label}`).join('; ');
  const open = openItems(document, result);
  return [
    SUMMARY_TITLE,
    `Completed by ${RESPONDENT_LABELS[document.respondent]}. Prepared ${formatPreparedAt(preparedAt)}. App ${appVersion}, ruleset ${result.rulesetVersion}.`,
    NOT_A_VERDICT,
    '',
    `Highest flag per drug (not a ranking): ${perDrug}`,
    '',
    result.flags.length === 0 ? 'Flags: none raised by these answers.' : `Flags (${result.flags.length}):`,
    ...result.flags.flatMap((flag) => flagLines(flag, document)),
    '',
    'Baseline checks to consider:',
    ...result.baselineChecks.map((check) => `[ ] ${check.text}`),
    '',
    open.length === 0 ? 'Not answered / not sure: none.' : 'Not answered / not sure:',
    ...open.map((item) => `- ${item.question.short}: ${item.status}`),
  ].join('\n');
}
