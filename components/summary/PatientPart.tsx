import type { NoticeGroupModel } from '@/lib/summary/noticeAdapter';
import { PATIENT_STATEMENT } from '@/lib/summary/viewModel';
import type { SummaryModel } from '@/lib/summary/viewModel';
import styles from './summary.module.css';
import { PartHeading } from './PartHeading';
import { useLocale, useTranslations } from 'next-intl';
import { PATIENT_STATEMENT_ES } from '@/lib/summary/patientWordsEs';

/** Short lists, each under its own heading. */
function NoticeGroups({ groups, className }: { groups: readonly NoticeGroupModel[]; className: string }) {
  return (
    <div className={className}>
      {groups.map((group) => (
        <div key={group.heading}>
          <h4>{group.heading}</h4>
          <ul>
            {group.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function QuestionList({ id, heading, items }: { id: string; heading: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className={styles.block}>
      <h3 id={id}>{heading}</h3>
      <ul className={styles.points}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The patient's part, in plain words: their questions first (from their answers, then their own, then questions many
 * people ask), what to expect, and the fixed urgent-help notice. No flags, severities or verdicts (those are for the
 * clinician). "What to expect" and the notice are kept together so the notice never stands alone on a page.
 */
export function PatientPart({ model }: { model: SummaryModel }) {
  const { patient, notices } = model;
  const t = useTranslations('summary');
  const locale = useLocale();
  return (
    <>
      <PartHeading id="for-the-patient" heading={t('patientHeading')} language={model.patientWords.thisPart} />
      <p className={styles.statement}>{locale === 'es' ? PATIENT_STATEMENT_ES : PATIENT_STATEMENT}</p>
      <QuestionList id="questions-from-answers" heading={t('fromAnswers')} items={patient.fromAnswers} />
      <QuestionList id="own-questions" heading={t('own')} items={patient.own} />
      <QuestionList id="starter-questions" heading={t('starters')} items={patient.starters} />
      <div className={styles.keepTogether}>
        <section aria-labelledby="what-to-expect" className={styles.block}>
          <h3 id="what-to-expect">{t('whatToExpect')}</h3>
          <NoticeGroups groups={notices.whatToExpect.groups} className={styles.expect} />
        </section>
        <section aria-labelledby="urgent-help" className={styles.urgent}>
          <h3 id="urgent-help">
            <span aria-hidden="true">⚠</span> {notices.urgent.heading}
          </h3>
          <p>{notices.urgent.intro}</p>
          {/* Two levels, clearly apart (contract v2): each its own box, told apart by words and border, not colour. */}
          <div className={styles.urgentLevels}>
            {notices.urgent.levels.map((level) => (
              <div key={level.level} data-urgency={level.level} className={styles[`urgency-${level.level}`]}>
                <h4>{level.heading}</h4>
                <ul>
                  {level.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          <p>{notices.urgent.after}</p>
        </section>
      </div>
    </>
  );
}
