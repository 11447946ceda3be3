'use client';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

interface StepHeadingProps {
  children: ReactNode;
  /** The page title; it gains "Error: " while the error summary shows. Never answers or names. */
  title: string;
  hasErrors?: boolean;
}

/**
 * The step's h1. It takes focus whenever it mounts (every step change), so screen reader and keyboard users
 * start at the top of the new step; the page title says where they are.
 *
 * The title is a React `<title>` (hoisted into the head), not a `document.title` write: the questionnaire route has
 * no Next title of its own, so nothing streamed in after the URL lands can overwrite the step's.
 */
export function StepHeading({ children, title, hasErrors = false }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useTranslations('flow');
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <>
      <title>{hasErrors ? t('errorTitle', { title }) : title}</title>
      <h1 tabIndex={-1} ref={ref} className="step-heading">
        {children}
      </h1>
    </>
  );
}
