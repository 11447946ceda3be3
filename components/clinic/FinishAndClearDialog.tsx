'use client';
import { useRef } from 'react';
import { ModalDialog } from './ModalDialog';

/** The confirmation before a clinic tablet is cleared for the next patient (WCAG 3.3.4: a clear is confirmed). */
export function FinishAndClearDialog({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog labelledBy="finish-title" describedBy="finish-text" initialFocus={cancel} onCancel={onCancel}>
      <h2 id="finish-title">Clear the tablet for the next patient?</h2>
      <p id="finish-text">This removes every answer, the name and the date of birth. Print or show the summary first: it cannot be brought back.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onConfirm}>
          Yes, clear for the next patient
        </button>
        <button ref={cancel} type="button" className="button button-secondary" onClick={onCancel}>
          Not yet
        </button>
      </div>
    </ModalDialog>
  );
}
