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
  return (
    <nav aria-label="Progress" className="progress">
      <p className="progress-count">
        Step {current + 1} of {steps.length}
      </p>
      <ol className="progress-steps">
        {steps.map((step, index) => (
          <li
            key={step.id}
            className={index < current ? 'progress-step progress-step-done' : index === current ? 'progress-step progress-step-current' : 'progress-step'}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="progress-label">{step.label}</span>
            {index < current ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
