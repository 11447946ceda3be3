/**
 * The summary as plain text, for pasting into a clinic note. It renders the same view model as the page
 * (viewModel.ts), so both say the same things: snapshot, treatments, per-drug overview, flags with their ids,
 * answers and numbered sources, the baseline checks and the open items. Name and date of birth are left out: the note
 * already sits in the patient's chart. Pure: the caller passes the result and the time.
 */
import { buildSummaryModel, sourceText } from './viewModel';
import type { FlagRow, SummaryModel, SummaryModelInput } from './viewModel';

export type SummaryTextInput = SummaryModelInput;
export { NOT_A_VERDICT, SUMMARY_TITLE } from './viewModel';

function flagLines(flag: FlagRow, model: SummaryModel): string[] {
  const severity = flag.severityLabel;
  const unsure = flag.unsure ? ' [UNSURE: based on a "not sure" answer]' : '';
  const drugs = flag.cells
    .filter((c) => c.severity !== 'none')
    .map((c) => `${c.fullName}: ${c.label}`)
    .join('; ');
  const because = flag.because.map((b) => `${b.question}: ${b.answer}`).join('; ');
  const sources = flag.sourceNumbers.map((n) => `[${n}] ${sourceText(model.sources[n - 1])}`).join('; ');
  return [
    `- [${severity}] ${flag.title} (rule ${flag.id})${unsure}`,
    `  Per drug: ${drugs}`,
    `  Because: ${because}`,
    `  Sources: ${sources}`,
  ];
}

/** The whole summary as text lines joined by "\n" (see the module comment for what is in it). */
export function summaryTextFromModel(model: SummaryModel): string {
  const { header } = model;
  const perDrug = model.byDrug
    .map((c) => `${c.fullName}: ${c.label}`)
    .join('; ');
  const treatments = model.treatments.map(
    (t) => `- ${t.name}${t.current ? ' (now)' : ''}${t.outcome ? `: ${t.outcome}` : ''}`,
  );
  return [
    header.title,
    `Completed by ${header.completedBy}. Prepared ${header.preparedAt}. App ${header.appVersion}, ruleset ${header.rulesetVersion}.`,
    header.statement,
    '',
    `Snapshot: ${model.snapshot.map((s) => `${s.label}: ${s.value}`).join('; ')}`,
    treatments.length === 0 ? 'Eczema treatments: none reported.' : 'Eczema treatments (ever / now, result):',
    ...treatments,
    ...(model.topicalWeeks ? [`Longest steady use of a prescription cream: ${model.topicalWeeks}`] : []),
    '',
    `Highest flag per drug (not a ranking): ${perDrug}`,
    '',
    model.flags.length === 0 ? 'Flags: none raised by these answers.' : `Flags (${model.flags.length}):`,
    ...model.flags.flatMap((flag) => flagLines(flag, model)),
    '',
    'Baseline checks to consider:',
    ...model.baselineChecks.map((check) => `[ ] ${check.text}`),
    '',
    model.openItems.length === 0 ? 'Not answered / not sure: none.' : 'Not answered / not sure:',
    ...model.openItems.map((item) => `- ${item.label}: ${item.status}`),
    ...model.freeText.flatMap((t) => ['', `${t.label} (patient's words): ${t.full}`]),
  ].join('\n');
}

/** Builds the view model and renders it as text. */
export function summaryToText(input: SummaryTextInput): string {
  return summaryTextFromModel(buildSummaryModel(input));
}
