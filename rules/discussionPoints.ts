/**
 * Discussion points for the patient: questions to bring, chosen from the flags, the patient's preferences, mood
 * and own questions, plus conversation starters from seed article 003 ("Doctor Discussion"). Patient wording,
 * never a verdict.
 */
import type { Answers } from '@/lib/answers/types';
import type { DiscussionPoint, Flag } from './types';

const PREFERENCE_POINTS: Record<string, string> = {
  fastItchRelief: 'Ask how fast each option usually helps with itch.',
  noInjections: 'Tell your dermatologist you would rather not have shots.',
  noDailyPill: 'Tell your dermatologist you would rather not take a pill every day.',
  preferCream: 'Tell your dermatologist you would prefer a cream, and ask if one could work for your eczema.',
  costConcern: 'Ask about cost, insurance approval and help programs from drug makers.',
  fewerBloodTests: 'Ask which blood tests each option needs, and how often.',
};

/** Seed 003's conversation starters, in plain words. */
const CONVERSATION_STARTERS: readonly DiscussionPoint[] = [
  { id: 'starter-control', text: 'Is it possible to get better control of my eczema?' },
  { id: 'starter-jak-fit', text: 'Is a JAK inhibitor a good option for me? Why or why not?' },
  { id: 'starter-flares', text: 'What should I do during flares?' },
  { id: 'starter-no-improvement', text: 'What should I do if I don’t see any improvement?' },
  { id: 'starter-checkups', text: 'How often should I come in for checkups?' },
];

export function discussionPointsFor(answers: Answers, flags: readonly Flag[]): DiscussionPoint[] {
  const fromFlags = flags.map((flag) => ({ id: `flag-${flag.id}`, text: flag.patientText }));
  const fromPreferences = (answers.preferences ?? [])
    .filter((p) => p in PREFERENCE_POINTS)
    .map((p) => ({ id: `preference-${p}`, text: PREFERENCE_POINTS[p] }));
  const mood =
    answers.moodAffected === 'yes' || answers.moodAffected === 'unsure'
      ? [{ id: 'mood', text: 'Tell your dermatologist how eczema affects your mood, sleep and daily life.' }]
      : [];
  const ownQuestions = answers.questionsForDoctor?.trim()
    ? [{ id: 'own-questions', text: `Your own questions: ${answers.questionsForDoctor.trim()}` }]
    : [];
  return [...fromFlags, ...fromPreferences, ...mood, ...ownQuestions, ...CONVERSATION_STARTERS];
}
