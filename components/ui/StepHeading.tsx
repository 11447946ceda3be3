'use client';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { usePathname } from 'next/navigation';

interface StepHeadingProps {
  children: ReactNode;
  /** The page title; it gains "Error: " while the error summary shows. Never answers or names. */
  title: string;
  hasErrors?: boolean;
}

/**
 * The step's h1. It takes focus whenever it mounts (every step change), so screen reader and keyboard users
 * start at the top of the new step; the page title says where they are.
 */
export function StepHeading({ children, title, hasErrors = false }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  // The screen moves before its URL does (the URL follows the machine): when the URL lands, Next writes the route's
  // generic title, so the step's title is written again after it.
  const pathname = usePathname();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = hasErrors ? `Error: ${title}` : title;
  }, [title, hasErrors, pathname]);
  return (
    <h1 tabIndex={-1} ref={ref} className="step-heading">
      {children}
    </h1>
  );
}
