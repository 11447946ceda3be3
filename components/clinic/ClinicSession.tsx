'use client';
/**
 * Everything a clinic tablet does between patients, mounted once in the root layout. Nothing here holds
 * answers: a wipe is the machine's `flow.restart` (which also clears storage) followed by a fresh load of
 * the start page. `location.replace` swaps the current history entry, and any other entry of this tab
 * opens the start page again (below), so Back never shows the last patient's answers.
 * SAFETY.md 2.3; docs/SECURITY.md "Shared device" and "Back/forward cache".
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE_WARNING_SECONDS, loadClinicSetting } from '@/lib/clinic/clinicSetting';
import { useScreening } from '@/components/flow/ScreeningProvider';
import { FinishAndClearDialog } from './FinishAndClearDialog';
import { IdleWarningDialog } from './IdleWarningDialog';
import { useIdleTimer } from './useIdleTimer';
import { localizedPath, splitLocalePath } from '@/lib/i18n/locales';

const MINUTE = 60_000;

/** Why the tablet went back to the start page: after an idle wipe the start page says so (ClearedNotice). */
export type ReturnReason = 'idle' | 'finished' | 'reload';

/** The start page's address after an idle wipe: a flag, never an answer. ClearedNotice reads it and removes it. */
export const CLEARED_AFTER_IDLE_PATH = '/?cleared=idle';

/** A new document at the start page in the page's language (docs/decisions/0014), replacing this history entry. */
function replaceWithStartPage(reason: ReturnReason) {
  const start = localizedPath(splitLocalePath(window.location.pathname).locale, '/');
  window.location.replace(reason === 'idle' ? `${start}${CLEARED_AFTER_IDLE_PATH.slice(1)}` : start);
}

/** Pages a clinic tablet may load directly: the start page, and the setup page (it holds no answers). */
const PAGES_LOADED_IN_PLACE = ['/', '/clinic'];

/**
 * Asks ClinicSession to open the "Clear the tablet for the next patient?" dialog. An event on the window, not a
 * React context: ClinicSession sits beside the pages (wrapping them delays Next's page titles after navigation).
 */
const FINISH_EVENT = 'jak-screener:finish-and-clear';

/**
 * "Finish and clear for the next patient" near the top of the summary (the same dialog as the one at its
 * foot), so staff need not scroll a long summary to find it. Nothing outside clinic mode.
 */
export function FinishAndClearButton() {
  // Read from the device, not the provider: the summary view also renders on its own (tests, print). It shows
  // only once the machine reached the summary, in the browser, so there is no server render to match.
  const [enabled] = useState(() => loadClinicSetting().enabled);
  const t = useTranslations('staff.finish');
  if (!enabled) return null;
  return (
    <p className="no-print clinic-finish-top">
      <button type="button" className="button button-secondary" onClick={() => window.dispatchEvent(new Event(FINISH_EVENT))}>
        {t('button')}
      </button>
    </p>
  );
}

/**
 * `loadedPath`: the path this document was loaded at (LaterClinicSession reads it as the page loads; this component
 * comes later, in its own chunk, by which time the person may have pressed Start). Defaults to the path now.
 */
export function ClinicSession({ returnToStart = replaceWithStartPage, loadedPath }: { returnToStart?: (reason: ReturnReason) => void; loadedPath?: string }) {
  const { snapshot, send } = useScreening();
  const { clinic } = snapshot.context;
  const [confirming, setConfirming] = useState(false);
  const t = useTranslations('staff.finish');

  const wipe = useCallback(
    (reason: ReturnReason) => {
      send({ type: 'flow.restart' });
      returnToStart(reason);
    },
    [send, returnToStart],
  );
  const wipeWhenIdle = useCallback(() => wipe('idle'), [wipe]);
  const confirmFinish = useCallback(() => setConfirming(true), []);

  const idle = useIdleTimer({ enabled: clinic.enabled, idleMs: clinic.idleMinutes * MINUTE, warningMs: IDLE_WARNING_SECONDS * 1000, onExpire: wipeWhenIdle });

  // On a clinic tablet every page load starts at the start page: a reload, or Back to an entry from
  // before a wipe, never lands inside someone's questionnaire. (Moving between pages inside the app is
  // client-side and does not load a page.) Read from storage directly: this runs before the machine has it.
  useEffect(() => {
    if (loadClinicSetting().enabled && !PAGES_LOADED_IN_PLACE.includes(splitLocalePath(loadedPath ?? window.location.pathname).path)) returnToStart('reload');
  }, [returnToStart, loadedPath]);

  useEffect(() => {
    if (!clinic.enabled) return;
    // Leaving the page clears it, so a copy kept in the back/forward cache is empty; a restored copy
    // (Chrome may keep even no-store pages) reloads the start page.
    const onPageHide = () => send({ type: 'flow.restart' });
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) returnToStart('reload');
    };
    // After printing the summary, offer to clear for the next patient.
    const onAfterPrint = () => setConfirming(true);
    window.addEventListener(FINISH_EVENT, confirmFinish);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('afterprint', onAfterPrint);
      window.removeEventListener(FINISH_EVENT, confirmFinish);
    };
  }, [clinic.enabled, send, returnToStart, confirmFinish]);

  if (!clinic.enabled) return null;
  return (
    <>
      {snapshot.matches('summary') ? (
        <section className="clinic-finish no-print" aria-labelledby="clinic-finish-title">
          <h2 id="clinic-finish-title">{t('doneHeading')}</h2>
          <p>{t('doneText')}</p>
          <p>
            <button type="button" className="button" onClick={confirmFinish}>
              {t('button')}
            </button>
          </p>
        </section>
      ) : null}
      {confirming ? <FinishAndClearDialog onConfirm={() => wipe('finished')} onCancel={() => setConfirming(false)} /> : null}
      {idle.secondsLeft !== null ? <IdleWarningDialog secondsLeft={idle.secondsLeft} onStillHere={idle.stillHere} /> : null}
    </>
  );
}
