import { useTranslations } from 'next-intl';
export interface ProgressStep {
  id: string;
  label: string;
}

interface ProgressStepsProps {
  /** Only the steps that apply to this person, so the count never runs backwards or lies. */
  steps: readonly ProgressStep[];
  currentId: string;
}

export function ProgressSteps({ steps, currentId }: ProgressStepsProps) {
  const current = steps.findIndex((step) => step.id === currentId);
  const t = useTranslations('flow');
  return (
    <nav aria-label={t('progress')} className="progress">
      <p className="progress-count">
        {t('progressCount', { position: current + 1, count: steps.length })}
      </p>
      <ol className="progress-steps">
        {steps.map((step, index) => (
          <li
            key={step.id}
            className={index < current ? 'progress-step progress-step-done' : index === current ? 'progress-step progress-step-current' : 'progress-step'}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="progress-label">{step.label}</span>
            {index < current ? <span className="visually-hidden"> {t('done')}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
