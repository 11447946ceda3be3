import { hintId } from './fieldIds';

/** An option's label and its hint under it; the option's radio or checkbox points at the hint with aria-describedby. */
export function ChoiceText({ id, label, hint }: { id: string; label: string; hint?: string }) {
  return (
    <div className="choice-text">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId(id)} className="choice-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
