import { ScreeningProvider } from '@/components/flow/ScreeningProvider';
import { ClinicSession } from '@/components/clinic/ClinicSession';

/**
 * The pages that hold answers (start, questionnaire, summary) share one provider, which keeps the answers in
 * memory across client-side navigation between them. Pages outside this group (about) load none of it.
 */
export default function ScreeningLayout({ children }: { children: React.ReactNode }) {
  return (
    <ScreeningProvider>
      {children}
      <ClinicSession />
    </ScreeningProvider>
  );
}
