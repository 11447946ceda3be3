/**
 * The one place that reads the fixed patient notices (patientNotices.ts) into the shape the summary renders. The
 * notices' data is owned by the clinical contract and may change shape; only this adapter then needs to follow.
 *
 * Contract v2 (rules.md "Beside the flags"): the urgent-help notice has two levels, clearly apart — call the
 * emergency number now, or call the doctor the same day — and both notices carry their label sources.
 */
import { URGENT_HELP_NOTICE, URGENT_HELP_SOURCES, WHAT_TO_EXPECT, WHAT_TO_EXPECT_SOURCES } from './patientNotices';
import type { NoticeSource } from './patientNotices';
import type { Locale } from '@/lib/i18n/locales';
import { URGENT_HELP_NOTICE_ES, WHAT_TO_EXPECT_ES } from './patientWordsEs';

export interface NoticeGroupModel {
  heading: string;
  items: readonly string[];
}

/** `emergency`: call the emergency number now; `sameDay`: call the doctor the same day. */
export type UrgencyLevel = 'emergency' | 'sameDay';

export interface UrgentLevelModel extends NoticeGroupModel {
  level: UrgencyLevel;
}

export interface UrgentNoticeModel {
  heading: string;
  intro: string;
  /** The levels of the notice, most urgent first (each a heading and the signs under it). */
  levels: readonly UrgentLevelModel[];
  after: string;
  /** "Document, sections" lines the notice was written from. */
  sources: readonly string[];
}

export interface WhatToExpectModel {
  groups: readonly NoticeGroupModel[];
  sources: readonly string[];
}

export interface NoticesModel {
  whatToExpect: WhatToExpectModel;
  urgent: UrgentNoticeModel;
}

/** The contract lists the levels in this order: emergency first, then the same-day call. */
const LEVEL_ORDER: readonly UrgencyLevel[] = ['emergency', 'sameDay'];

const sourceLine = (source: NoticeSource) => `${source.label}, ${source.section}`;

/**
 * The fixed notices as the summary shows them: the same on every summary, whatever the answers. A group beyond the
 * two the contract names is read as a same-day level (never promoted to "emergency").
 */
export function noticesModel(locale: Locale = 'en'): NoticesModel {
  // Spanish: the same notices, translated (lib/summary/patientWordsEs.ts); the sources stay as the labels name them.
  const urgent = locale === 'es' ? URGENT_HELP_NOTICE_ES : URGENT_HELP_NOTICE;
  return {
    whatToExpect: { groups: locale === 'es' ? WHAT_TO_EXPECT_ES : WHAT_TO_EXPECT, sources: WHAT_TO_EXPECT_SOURCES.map(sourceLine) },
    urgent: {
      heading: urgent.heading,
      intro: urgent.intro,
      levels: urgent.groups.map((group, i) => ({
        level: LEVEL_ORDER[i] ?? 'sameDay',
        heading: group.heading,
        items: group.items,
      })),
      after: urgent.after,
      sources: URGENT_HELP_SOURCES.map(sourceLine),
    },
  };
}
