import Link from 'next/link';
import { LoadAnswerFile } from '@/components/flow/LoadAnswerFile';
import { StartActions } from '@/components/flow/StartActions';
import { ReadHandoffCode } from '@/components/handoff/ReadHandoffCode';
import { ClearedNotice } from '@/components/clinic/ClearedNotice';
import { StaffCodeMissing } from '@/components/clinic/StaffCodeMissing';

/**
 * The start page, for a patient: one heading, one sentence, one Start. Answers from home (a file or a photo of the
 * code) are one disclosure below it; clinic tablet setup is its own page (/clinic), linked from the footer.
 */
export default function HomePage() {
  return (
    <>
      <ClearedNotice />
      <StaffCodeMissing />
      <h1>Get ready to talk about JAK inhibitors for eczema</h1>
      <p className="lead">
        Answer short questions about your health and the eczema treatments you have tried (about 5 minutes), and get a summary to bring to your dermatologist.
      </p>
      <StartActions />

      <details className="disclosure">
        <summary>Already answered at home?</summary>
        <p>Open the answers you saved, or a photo of the code the tool showed you.</p>
        <LoadAnswerFile />
        <ReadHandoffCode />
      </details>

      <h2>About this tool</h2>
      <p>
        JAK inhibitors are medicines for eczema (atopic dermatitis): the pills upadacitinib (Rinvoq), abrocitinib (Cibinqo) and, outside the US, baricitinib
        (Olumiant), and the cream ruxolitinib (Opzelura). The summary lists what to talk about with your dermatologist and why. It does not give a diagnosis or a
        prescription, and it does not tell you whether a medicine is right for you.
      </p>
      <p>
        Nothing you type is sent anywhere: no accounts, no ads, no tracking. On your own device, you choose whether to keep your answers, and you can clear them at
        any time. On a clinic tablet, answers are never kept.
      </p>
      <p>
        <Link href="/about">How the tool works and where its facts come from</Link>
      </p>
    </>
  );
}
