'use client';
import { lazy, Suspense } from 'react';
import { useScreeningIfLoaded } from '@/components/flow/ScreeningProvider';

const ClinicSession = lazy(() => import('./ClinicSession').then(({ ClinicSession }) => ({ default: ClinicSession })));

/**
 * ClinicSession, from a chunk of its own, once the machine is in: a clinic tablet always has its setting kept, so
 * the machine loads on every page there, and a device at home never needs this code (issue 15).
 */
export function LaterClinicSession() {
  if (useScreeningIfLoaded() === null) return null;
  return (
    <Suspense fallback={null}>
      <ClinicSession />
    </Suspense>
  );
}
