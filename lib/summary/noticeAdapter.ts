/**
 * The one place that reads the fixed patient notices (patientNotices.ts) into the shape the summary renders. The
 * notices' data is owned by the clinical contract and may change shape (contract v2 makes the urgent-help notice
 * two-level); only this adapter then needs to follow.
 */
import { URGENT_HELP_NOTICE, WHAT_TO_EXPECT } from './patientNotices';

export interface NoticeGroupModel {
  heading: string;
  items: readonly string[];
}

export interface UrgentNoticeModel {
  heading: string;
  intro: string;
  /** The levels of the notice, in order (each a heading and the signs under it). */
  groups: readonly NoticeGroupModel[];
  after: string;
}

export interface NoticesModel {
  whatToExpect: readonly NoticeGroupModel[];
  urgent: UrgentNoticeModel;
}

/** The fixed notices as the summary shows them: the same on every summary, whatever the answers. */
export function noticesModel(): NoticesModel {
  return {
    whatToExpect: WHAT_TO_EXPECT,
    urgent: {
      heading: URGENT_HELP_NOTICE.heading,
      intro: URGENT_HELP_NOTICE.intro,
      groups: URGENT_HELP_NOTICE.groups,
      after: URGENT_HELP_NOTICE.after,
    },
  };
}
