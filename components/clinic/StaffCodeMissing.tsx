'use client';
import Link from 'next/link';
import { needsStaffCode } from '@/lib/clinic/clinicSetting';
import { useScreening } from '@/components/flow/ScreeningProvider';

/**
 * On a clinic tablet set up before staff codes (a version-1 setting): clinic mode stays on, and the start page asks
 * staff to set a code, since until then anyone can turn clinic mode off. Nothing otherwise.
 */
export function StaffCodeMissing() {
  const { clinic } = useScreening().snapshot.context;
  if (!needsStaffCode(clinic)) return null;
  return (
    <p className="notice notice-warning">
      Clinic staff: this tablet has no staff code yet. <Link href="/clinic">Set a staff code</Link>
    </p>
  );
}
