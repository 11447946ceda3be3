'use client';
/** Says what another tab did to the answers kept on this device: cleared them, or started its own over them. */
import { useScreening } from './ScreeningProvider';

const MESSAGES = {
  cleared: 'Your answers were cleared in another tab or window of this browser.',
  replaced:
    'Answers started in another tab are now the ones kept on this device. The answers in this tab are kept only until you close it: save them to a file if you need them later.',
} as const;

export function OtherTabNotice() {
  const { snapshot } = useScreening();
  const { otherTab } = snapshot.context;
  return (
    <div role="status" className="no-print">
      {otherTab ? <p className="notice">{MESSAGES[otherTab]}</p> : null}
    </div>
  );
}
