'use client';
/**
 * The staff code asked for before a locked clinic setting changes or files are saved on a clinic tablet. A wrong
 * code is refused with one message that says nothing about the code (not how close it was, not its length).
 */
import { useId, useState } from 'react';
import { staffCodeOpens } from '@/lib/clinic/staffCode';
import type { StaffLock } from '@/lib/clinic/staffCode';
import { Field } from '@/components/ui/Field';

export const WRONG_STAFF_CODE = 'That is not the staff code. Nothing was changed.';

interface StaffCodeFormProps {
  lock: StaffLock;
  /** What the button says: "Unlock clinic settings", "Unlock saving to a file". */
  action: string;
  hint?: string;
  onUnlocked: () => void;
}

export function StaffCodeForm({ lock, action, hint, onUnlocked }: StaffCodeFormProps) {
  const id = `staff-code-${useId().replace(/:/g, '')}`;
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);

  async function check() {
    if (checking) return;
    if (code === '') {
      setError('Enter the staff code');
      return;
    }
    setChecking(true);
    const opens = await staffCodeOpens(code, lock);
    setChecking(false);
    // The typed code is never kept, right or wrong.
    setCode('');
    if (opens) {
      setError(undefined);
      onUnlocked();
    } else setError(WRONG_STAFF_CODE);
  }

  return (
    <form
      noValidate
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        void check();
      }}
    >
      <Field id={id} label="Staff code" hint={hint} error={error}>
        {(control) => (
          <input
            {...control}
            type="password"
            // Not "current-password": a password manager that fills it in would unlock the tablet for any patient.
            autoComplete="off"
            className="input"
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-secondary" aria-disabled={checking || undefined}>
          {action}
        </button>
      </div>
      <p role="status" className="field-hint">
        {checking ? 'Checking the code…' : ''}
      </p>
    </form>
  );
}
