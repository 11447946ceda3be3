import { URGENT_HELP_NOTICE, WHAT_TO_EXPECT } from '@/lib/summary/patientNotices';
import type { NoticeGroup } from '@/lib/summary/patientNotices';
import type { DiscussionPoint } from '@/rules';
import styles from './summary.module.css';

/** Short lists, each under its own heading. */
function NoticeGroups({ groups, className }: { groups: readonly NoticeGroup[]; className: string }) {
  return (
    <div className={className}>
      {groups.map((group) => (
        <div key={group.heading}>
          <h4>{group.heading}</h4>
          <ul>
            {group.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * The patient's page: questions to bring, what to expect, and the one fixed "get help right away" notice. Plain
 * language; no flags, severities or verdicts (those are for the clinician).
 */
export function PatientPart({ discussionPoints }: { discussionPoints: readonly DiscussionPoint[] }) {
  return (
    <>
      <section aria-labelledby="questions-to-ask" className={styles.block}>
        <h3 id="questions-to-ask">Questions to ask and things to tell your dermatologist</h3>
        <ul className={styles.points}>
          {discussionPoints.map((point) => (
            <li key={point.id}>{point.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="what-to-expect" className={styles.block}>
        <h3 id="what-to-expect">What to expect</h3>
        <NoticeGroups groups={WHAT_TO_EXPECT} className={styles.expect} />
      </section>
      <section aria-labelledby="urgent-help" className={styles.urgent}>
        <h3 id="urgent-help">
          <span aria-hidden="true">⚠</span> {URGENT_HELP_NOTICE.heading}
        </h3>
        <p>{URGENT_HELP_NOTICE.intro}</p>
        <NoticeGroups groups={URGENT_HELP_NOTICE.groups} className={styles.urgentGroups} />
        <p>{URGENT_HELP_NOTICE.after}</p>
      </section>
    </>
  );
}
