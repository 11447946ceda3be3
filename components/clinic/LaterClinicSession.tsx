'use client';
import { lazy, Suspense } from 'react';
import { useScreeningIfLoaded } from '@/components/flow/ScreeningProvider';

/**
 * Where this document was loaded, read as this (eager) module is evaluated with the page: ClinicSession sends a
 * tablet loaded anywhere but the start or setup page back to the start page, and client-side moves since do not count.
 */
const LOADED_PATH = typeof window === 'undefined' ? undefined : window.location.pathname;

const ClinicSession = lazy(() => import('./ClinicSession').then(({ ClinicSession }) => ({ default: ClinicSession })));

/**
 * ClinicSession, from a chunk of its own, once the machine is in: a clinic tablet always has its setting kept, so
 * the machine loads on every page there, and a device at home never needs this code (issue 15).
 */
export function LaterClinicSession() {
  if (useScreeningIfLoaded() === null) return null;
  return (
    <Suspense fallback={null}>
      <ClinicSession loadedPath={LOADED_PATH} />
    </Suspense>
  );
}
