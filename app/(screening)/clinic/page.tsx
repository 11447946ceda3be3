import type { Metadata } from 'next';
import { ClinicModePanel } from '@/components/clinic/ClinicModePanel';

export const metadata: Metadata = { title: 'Clinic tablet setup · JAK Screener for eczema' };

/** /clinic: clinic tablet setup, for staff; linked quietly from the footer, not from the patient's start page. */
export default function ClinicPage() {
  return (
    <>
      <h1>Clinic tablet setup</h1>
      <ClinicModePanel />
    </>
  );
}
