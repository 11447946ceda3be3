'use client';
import { lazy, Suspense } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useLocalizedPath } from '@/components/i18n/useLocalizedPath';
import { QUESTIONNAIRE_PATH } from '@/lib/flow/paths';
import { useScreeningIfLoaded } from './ScreeningProvider';

const KeptStartActions = lazy(() => import('./KeptStartActions').then(({ KeptStartActions }) => ({ default: KeptStartActions })));

/**
 * The start page's actions. With nothing kept in this browser the machine is not loaded (issue 15): Start opens
 * the questionnaire, which brings it. Once it is loaded (answers or a clinic setting kept here), KeptStartActions
 * says what the machine found; until its chunk is in, the plain Start shows.
 */
export function StartActions() {
  const screening = useScreeningIfLoaded();
  const plain = <PlainStart />;
  if (screening === null) return plain;
  return (
    <Suspense fallback={plain}>
      <KeptStartActions />
    </Suspense>
  );
}

function PlainStart() {
  const t = useTranslations('start');
  const localized = useLocalizedPath();
  return (
    <>
      <p className="button-row">
        <Link href={localized(QUESTIONNAIRE_PATH)} className="button">
          {t('start')}
        </Link>
      </p>
      <p className="field-hint">{t('keptHint')}</p>
    </>
  );
}
