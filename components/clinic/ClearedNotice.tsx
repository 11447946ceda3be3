'use client';
/**
 * "The last answers were cleared for privacy": on the start page of a clinic tablet, for a few seconds after an
 * idle wipe, so the next person knows why the page is empty. A polite live region, in the page from the first
 * render (a region added with its text may not be announced); the text goes in once the page is interactive.
 * The flag in the address (ClinicSession's CLEARED_AFTER_IDLE_PATH) is removed at once, so a reload or Back
 * does not show it again.
 */
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
/** Long enough to read twice at a slow pace; short enough not to greet the next patient. */
export const CLEARED_NOTICE_MS = 10_000;

/**
 * When this document learned of the wipe. Kept outside the component: removing the flag from the address makes
 * the router render the page again, which may mount the notice afresh, and it must still show for its time.
 */
let clearedAt: number | null = null;

export function ClearedNotice() {
  const [shown, setShown] = useState(false);
  const t = useTranslations('clinic');
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.get('cleared') === 'idle') {
      clearedAt = Date.now();
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
    if (clearedAt === null) return;
    const since = clearedAt;
    let cancelled = false;
    let show: ReturnType<typeof setTimeout> | undefined;
    let hide: ReturnType<typeof setTimeout> | undefined;
    // Only after a wipe, so the clinic setting's reader (and zod) stays out of the start page's first load.
    void import('@/lib/clinic/clinicSetting').then(({ loadClinicSetting }) => {
      const left = since + CLEARED_NOTICE_MS - Date.now();
      if (cancelled || left <= 0 || !loadClinicSetting().enabled) return;
      // The text goes in a moment after the (empty) live region is on the page, so screen readers announce it.
      show = setTimeout(() => setShown(true), 0);
      hide = setTimeout(() => setShown(false), left);
    });
    return () => {
      cancelled = true;
      clearTimeout(show);
      clearTimeout(hide);
    };
  }, []);
  return (
    <div role="status" className={shown ? 'notice' : undefined}>
      {shown ? <p>{t('cleared')}</p> : null}
    </div>
  );
}
