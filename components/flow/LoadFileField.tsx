import type { ReactNode } from 'react';
import { hintId } from '@/components/ui/fieldIds';
import type { Problem } from '@/lib/i18n/problem';
import { LoadProblems } from './LoadProblems';

interface LoadFileFieldProps {
  id: string;
  label: string;
  hint: ReactNode;
  accept: string;
  /** Heading of the alert that lists why the last file was refused. */
  problemsTitle: string;
  problems: readonly Problem[];
  onFile: (file: File) => void;
}

/**
 * A file chooser that loads answers (a file, a photo of a code): label, hint, and why the last file was refused.
 * The input is emptied after each choice, so choosing the same file again (once fixed) loads it again.
 */
export function LoadFileField({ id, label, hint, accept, problemsTitle, problems, onFile }: LoadFileFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={hintId(id)} className="field-hint">
        {hint}
      </p>
      <LoadProblems id={`${id}-problem`} title={problemsTitle} problems={problems} />
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={hintId(id)}
        className="input-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
