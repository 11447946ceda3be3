'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useLocalizedPath } from '@/components/i18n/useLocalizedPath';
import { pathOf, positionOf } from '@/lib/flow/paths';
import { ClearAnswers } from './ClearAnswers';
import { SavedAnswersProblem } from './SavedAnswersProblem';
import { useScreening } from './ScreeningProvider';

/**
 * The start page's actions once the machine has read what this browser keeps: Start, or continue where the person
 * was when answers are in progress (on the device, for the tab, or in memory), a notice when they are kept on this
 * device, and a problem with them. From a chunk of its own (StartActions).
 */
export function KeptStartActions() {
  const { snapshot, document } = useScreening();
  const router = useRouter();
  const t = useTranslations('start');
  const localized = useLocalizedPath();
  if (snapshot.matches('savedProblem')) return <SavedAnswersProblem onKept={() => router.push(localized(pathOf('review')))} />;
  // Answers in progress (kept on the device, for this tab, or only in memory on a clinic tablet): the person goes
  // on where they were rather than walking the steps again. The notice is for answers kept on the device only.
  const inProgress = Object.keys(document.answers).length > 0;
  const onDevice = inProgress && snapshot.context.saving;
  return (
    <>
      {onDevice ? (
        <div className="notice" role="status">
          <h2>{t('savedHeading')}</h2>
          <p>{t('savedText')}</p>
        </div>
      ) : null}
      <p className="button-row">
        <Link href={localized(pathOf(inProgress ? (positionOf(snapshot) ?? 'intro') : 'intro'))} className="button">
          {inProgress ? t('continue') : t('start')}
        </Link>
      </p>
      {/* How answers are kept, for a start; not beside the notice that they are kept on this device. */}
      {snapshot.context.clinic.enabled || onDevice ? null : <p className="field-hint">{t('keptHint')}</p>}
      {inProgress ? <ClearAnswers /> : null}
    </>
  );
}
