'use client';
/**
 * The staff code asked for before a locked clinic setting changes or files are saved on a clinic tablet. A wrong
 * code is refused with one message that says nothing about the code (not how close it was, not its length).
 */
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { staffCodeOpens } from '@/lib/clinic/staffCode';
import type { StaffLock } from '@/lib/clinic/staffCode';
import { Field } from '@/components/ui/Field';
import { en } from '@/lib/i18n/messages/en';

/** The wrong-code message in English (lib/i18n/messages/staff.en.ts `code.wrong`), for tests. */
export const WRONG_STAFF_CODE = en.staff.code.wrong;

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
  const t = useTranslations('staff.code');
  const [error, setError] = useState<'enter' | 'wrong' | undefined>();
  const [checking, setChecking] = useState(false);

  async function check() {
    if (checking) return;
    if (code === '') {
      setError('enter');
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
    } else setError('wrong');
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
      <Field id={id} label={t('label')} hint={hint} error={error && t(error)}>
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
        {checking ? t('checking') : ''}
      </p>
    </form>
  );
}
