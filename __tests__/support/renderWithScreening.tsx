/** Renders UI inside the screening provider and a stand-in app router, as the root layout does. */
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import type { AppRouterInstance } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';
import { preloadLaterScreens } from '@/components/flow/laterScreens';
import { ScreeningProvider, useMachineHere, useScreeningIfLoaded } from '@/components/flow/ScreeningProvider';
import { ScreeningMachine } from '@/components/flow/ScreeningMachine';
import { IntlProvider } from './intl';
import type { Locale } from '@/lib/i18n/locales';

// The review and the summary come from chunks of their own (components/flow/laterScreens.tsx); in the app they load
// while the first screen is up. Loaded before each test file here, so a test that jumps straight to them renders
// them at once, as the app does once they are in.
beforeAll(() => preloadLaterScreens());

/** The machine mounted, as the questionnaire's pages do; what it wraps renders once the machine is in. */
function WithMachine({ children }: { children: ReactNode }) {
  useMachineHere(ScreeningMachine);
  return useScreeningIfLoaded() === null ? null : children;
}

/**
 * `machine`: 'mounted' (the default) renders `ui` once the machine is in, as inside the questionnaire; 'onDemand'
 * renders it at once with no machine until something asks for it, as the start page does (issue 15).
 */
export function renderWithScreening(ui: ReactElement, locale: Locale = 'en', { machine = 'mounted' }: { machine?: 'mounted' | 'onDemand' } = {}) {
  const router: AppRouterInstance = {
    back: jest.fn(),
    forward: jest.fn(),
    refresh: jest.fn(),
    push: jest.fn(),
    replace: jest.fn(),
    prefetch: jest.fn(),
    bfcacheId: 'test',
  };
  const view = render(
    <IntlProvider locale={locale}>
      <AppRouterContext.Provider value={router}>
        <ScreeningProvider>{machine === 'mounted' ? <WithMachine>{ui}</WithMachine> : ui}</ScreeningProvider>
      </AppRouterContext.Provider>
    </IntlProvider>,
  );
  return { ...view, router };
}

/** A way into the answers (an answers file, a hand-off code) beside the questionnaire it opens, as on the start page. */
export function renderWithFlow(entry: ReactElement, locale: Locale = 'en') {
  return renderWithScreening(
    <>
      {entry}
      <QuestionnaireFlow />
    </>,
    locale,
  );
}
