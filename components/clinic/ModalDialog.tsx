'use client';
import { useEffect, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';

interface ModalDialogProps {
  labelledBy: string;
  describedBy: string;
  /** The control that takes focus when the dialog opens. */
  initialFocus: RefObject<HTMLElement | null>;
  /** Escape: the dialog stays in charge of what that means. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal alert dialog, open for as long as it is rendered. The browser's modal <dialog> makes the rest of
 * the page inert and puts the dialog on top; we move focus in ourselves (the announced name and
 * description come with it) and give it back to where it was when the dialog closes.
 */
export function ModalDialog({ labelledBy, describedBy, initialFocus, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    initialFocus.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="modal no-print"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
