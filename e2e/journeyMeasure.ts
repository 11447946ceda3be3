/**
 * Measures a journey as a person lives it: every tap (a trusted click in the page, so Start, Continue, each radio
 * and checkbox, and the tap that focuses a text box before typing), the words of question and help text on each
 * screen, and each screen's height. Used by the short-journey spec (issue 12 item 1) to hold the questionnaire
 * to its goal.
 */
import type { Page } from '@playwright/test';

export interface ScreenMeasure {
  /** The page's h1. */
  heading: string;
  /** Words of question and help text shown: each question's (or group's) legend or label and its help text. */
  words: number;
  /** Words of the answer choices: option labels ("Yes", "Mild"), their hints ("Dupixent") and a scale's end labels. */
  optionWords: number;
  /** document.documentElement.scrollHeight in CSS px. */
  height: number;
}

export interface JourneyMeasure {
  taps: number;
  screens: ScreenMeasure[];
}

/**
 * Counts every trusted `click` in every document the page loads (Playwright's click, check and tap send trusted
 * input, as a finger does). A click that lands on a label and is forwarded to its input fires twice in the DOM;
 * only the one on the element under the finger counts, so a click on a label counts once.
 */
export async function countTaps(page: Page): Promise<{ taps: () => number }> {
  let taps = 0;
  await page.exposeBinding('__measureTap', () => {
    taps += 1;
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'click',
      (event) => {
        // The synthetic click a label forwards to its control is not a second tap.
        if (!event.isTrusted || event.detail === 0) return;
        (window as unknown as { __measureTap: () => void }).__measureTap();
      },
      true,
    );
  });
  return { taps: () => taps };
}

/** Counts the words of question and help text visible on the current screen, and the page height. */
export async function measureScreen(page: Page): Promise<ScreenMeasure> {
  return page.evaluate(() => {
    const count = (selectors: string[]) => {
      const seen = new Set<Element>();
      let words = 0;
      for (const element of document.querySelectorAll(selectors.join(','))) {
        // Count each piece once (a legend can carry a field-label class), and only what is rendered.
        if ([...seen].some((s) => s.contains(element) || element.contains(s))) continue;
        const box = (element as HTMLElement).getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        seen.add(element);
        words += ((element as HTMLElement).innerText.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? []).length;
      }
      return words;
    };
    return {
      heading: document.querySelector('h1')?.textContent?.trim() ?? '',
      words: count(['main form legend', 'main form .field-label', 'main form .field-hint', 'main form .note']),
      optionWords: count(['main form .choice-text label', 'main form .choice-hint', 'main form .scale-ends']),
      height: document.documentElement.scrollHeight,
    };
  });
}
