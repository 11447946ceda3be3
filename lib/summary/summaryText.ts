/**
 * The summary as plain text, for pasting into a clinic note. It renders the same view model as the page
 * (viewModel.ts), so both say the same things: snapshot, treatments, per-drug overview, flags with their ids,
 * answers and numbered sources, the baseline checks and the open items. Name and date of birth are left out: the note
 * already sits in the patient's chart. Each part in its own language (issue 14, item 4): the clinician's lines in the
 * model's clinician language, the patient's questions in theirs. Pure: the caller passes the result and the time.
 */
import { buildSummaryModel, sourceText } from './viewModel';
import type { FlagRow, SummaryModel, SummaryModelInput } from './viewModel';

export type SummaryTextInput = SummaryModelInput;
export { NOT_A_VERDICT, SUMMARY_TITLE } from './viewModel';

function flagLines(flag: FlagRow, model: SummaryModel): string[] {
  const { text: words } = model.words;
  const severity = flag.severityLabel;
  const unsure = flag.unsure ? words.unsure : '';
  const drugs = flag.cells
    .filter((c) => c.severity !== 'none')
    .map((c) => `${c.fullName}: ${c.label}`)
    .join('; ');
  const because = flag.because.map((b) => `${b.question}: ${b.answer}`).join('; ');
  const sources = flag.sourceNumbers.map((n) => `[${n}] ${sourceText(model.sources[n - 1])}`).join('; ');
  return [
    `- [${severity}] ${flag.title} (${words.rule} ${flag.id})${unsure}`,
    `  ${words.perDrugLine}: ${drugs}`,
    `  ${model.words.details.because} ${because}`,
    `  ${words.sources}: ${sources}`,
  ];
}

/** The whole summary as text lines joined by "\n" (see the module comment for what is in it). */
export function summaryTextFromModel(model: SummaryModel): string {
  const { header } = model;
  const { text: words, details } = model.words;
  const perDrug = model.byDrug
    .map((c) => `${c.fullName}: ${c.label}`)
    .join('; ');
  const treatments = model.treatments.map(
    (t) => `- ${t.name}${t.current ? details.nowMark : ''}${t.outcome ? `: ${t.outcome}` : ''}`,
  );
  return [
    header.title,
    words.header(header.completedBy, header.preparedAt, header.appVersion, header.rulesetVersion),
    header.statement,
    '',
    `${words.snapshot}: ${model.snapshot.map((s) => `${s.label}: ${s.value}`).join('; ')}`,
    treatments.length === 0 ? words.noTreatments : words.treatments,
    ...treatments,
    ...(model.topicalWeeks ? [`${words.longestCream}: ${model.topicalWeeks}`] : []),
    '',
    `${words.perDrug}: ${perDrug}`,
    '',
    model.flags.length === 0 ? words.noFlags : words.flags(model.flags.length),
    ...model.flags.flatMap((flag) => flagLines(flag, model)),
    '',
    words.baselineChecks,
    ...model.baselineChecks.map((check) => `[ ] ${check.text}`),
    '',
    model.openItems.length === 0 ? words.noOpenItems : model.words.page.openItems,
    ...model.openItems.map((item) => `- ${item.label}: ${item.status}`),
    ...model.freeText.flatMap((t) => ['', `${words.patientsWords(t.label)} ${t.full}`]),
  ].join('\n');
}

/** Builds the view model and renders it as text. */
export function summaryToText(input: SummaryTextInput): string {
  return summaryTextFromModel(buildSummaryModel(input));
}
