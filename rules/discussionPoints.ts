/**
 * Discussion points for the patient: questions to bring, chosen from the flags, the patient's preferences, mood
 * and own questions, plus general conversation starters. Patient wording in the voice of who answered, never a
 * verdict.
 */
import type { Answers } from '@/lib/answers';
import { inVoice } from '@/lib/questionnaire';
import type { Respondent, Wording } from '@/lib/questionnaire';
import type { DiscussionPoint, Flag } from './types';
import { voiced } from './voice';

const PREFERENCE_POINTS: Record<string, Wording> = {
  fastItchRelief: voiced('Ask how fast each option usually helps with itch.', 'Ask how fast each option usually helps with itch.'),
  noInjections: voiced('Tell your dermatologist you would rather not have shots.', 'Tell the dermatologist that shots are not wanted, if there is a choice.'),
  noDailyPill: voiced('Tell your dermatologist you would rather not take a pill every day.', 'Tell the dermatologist that a daily pill is not wanted, if there is a choice.'),
  preferCream: voiced(
    'Tell your dermatologist you would prefer a cream, and ask if one could work for your eczema.',
    'Tell the dermatologist that a cream is preferred, and ask if one could work.',
  ),
  costConcern: voiced('Ask about cost, insurance approval and help programs from drug makers.', 'Ask about cost, insurance approval and help programs from drug makers.'),
  fewerBloodTests: voiced('Ask which blood tests each option needs, and how often.', 'Ask which blood tests each option needs, and how often.'),
};

const MOOD = voiced(
  'Tell your dermatologist how eczema affects your mood, sleep and daily life.',
  'Tell the dermatologist how eczema affects the patient’s mood, sleep and daily life.',
);

/** General conversation starters, in plain words (the same for every patient). */
const CONVERSATION_STARTERS: readonly { id: string; text: Wording }[] = [
  { id: 'starter-control', text: voiced('Is it possible to get better control of my eczema?', 'Is it possible to get better control of the eczema?') },
  { id: 'starter-jak-fit', text: voiced('Is a JAK inhibitor a good option for me? Why or why not?', 'Is a JAK inhibitor a good option here? Why or why not?') },
  { id: 'starter-flares', text: voiced('What should I do during flares?', 'What should we do during flares?') },
  { id: 'starter-no-improvement', text: voiced('What should I do if I don’t see any improvement?', 'What should we do if there is no improvement?') },
  { id: 'starter-checkups', text: voiced('How often should I come in for checkups?', 'How often are checkups needed?') },
];

const MOOD_UNSURE = voiced(
  'Tell your dermatologist if eczema affects your mood, sleep or daily life.',
  'Tell the dermatologist if eczema affects the patient’s mood, sleep or daily life.',
);

// The starters' words in each voice (as inVoice picks them), worked out once (the rules run per patient in batch, issue 15); each result
// still gets its own point objects.
const STARTERS_SELF = CONVERSATION_STARTERS.map(({ id, text }) => ({ id, text: text.self }));
const STARTERS_OTHER = CONVERSATION_STARTERS.map(({ id, text }) => ({ id, text: text.other }));

// "flag-" + rule id, joined once per rule rather than once per flag (batch use, issue 15).
const flagPointIds = new Map<string, string>();
function flagPointId(ruleId: string): string {
  let id = flagPointIds.get(ruleId);
  if (id === undefined) flagPointIds.set(ruleId, (id = `flag-${ruleId}`));
  return id;
}

/** The discussion points of one result, in the voice of who answered (`respondent`). */
export function discussionPointsFor(answers: Answers, flags: readonly Flag[], respondent: Respondent = 'patient'): DiscussionPoint[] {
  const points: DiscussionPoint[] = [];
  for (const flag of flags) points.push({ id: flagPointId(flag.id), text: flag.patientText });
  for (const p of answers.preferences ?? []) {
    if (p in PREFERENCE_POINTS) points.push({ id: `preference-${p}`, text: inVoice(PREFERENCE_POINTS[p], respondent) });
  }
  if (answers.moodAffected === 'yes') points.push({ id: 'mood', text: inVoice(MOOD, respondent) });
  if (answers.moodAffected === 'unsure') points.push({ id: 'mood', text: inVoice(MOOD_UNSURE, respondent) });
  const ownQuestions = answers.questionsForDoctor?.trim();
  if (ownQuestions) {
    points.push({ id: 'own-questions', text: `${respondent === 'patient' ? 'Your own questions' : 'Questions written in'}: ${ownQuestions}` });
  }
  for (const { id, text } of respondent === 'patient' ? STARTERS_SELF : STARTERS_OTHER) points.push({ id, text });
  return points;
}
