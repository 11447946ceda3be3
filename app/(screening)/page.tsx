import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/lib/i18n/locales';
import { LanguageChoice } from '@/components/i18n/LanguageChoice';
import { LoadAnswerFile } from '@/components/flow/LoadAnswerFile';
import { StartActions } from '@/components/flow/StartActions';
import { ReadHandoffCode } from '@/components/handoff/ReadHandoffCode';
import { ClearedNotice } from '@/components/clinic/ClearedNotice';
import { StaffCodeMissing } from '@/components/clinic/StaffCodeMissing';

/**
 * The start page, for a patient: one heading, one sentence, one Start. Answers from home (a file or a photo of the
 * code) are one disclosure below it; clinic tablet setup is its own page (/clinic), linked from the footer.
 */
export default function HomePage() {
  const t = useTranslations('start');
  const locale = useLocale();
  return (
    <>
      <LanguageChoice />
      <ClearedNotice />
      <StaffCodeMissing />
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      <StartActions />

      <details className="disclosure">
        <summary>{t('atHome')}</summary>
        <p>{t('atHomeText')}</p>
        <LoadAnswerFile />
        <ReadHandoffCode />
      </details>

      <h2>{t('aboutHeading')}</h2>
      <p>{t('aboutDrugs')}</p>
      <p>{t('aboutPrivacy')}</p>
      <p>
        <Link href={localizedPath(locale, '/about')}>{t('aboutLink')}</Link>
      </p>
    </>
  );
}
