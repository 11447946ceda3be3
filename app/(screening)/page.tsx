import Link from 'next/link';
import { LoadAnswerFile } from '@/components/flow/LoadAnswerFile';
import { StartActions } from '@/components/flow/StartActions';
import { ReadHandoffCode } from '@/components/handoff/ReadHandoffCode';
import { ClinicModePanel } from '@/components/clinic/ClinicModePanel';

export default function HomePage() {
  return (
    <>
      <h1>Get ready to talk about JAK inhibitors for eczema</h1>
      <p>
        JAK inhibitors are medicines for eczema (atopic dermatitis). Some are pills: upadacitinib (Rinvoq), abrocitinib
        (Cibinqo) and, outside the US, baricitinib (Olumiant). One is a cream: ruxolitinib (Opzelura). They can help a
        lot, but they are not right for everyone, so your dermatologist needs to know about your health first.
      </p>
      <p>
        This tool asks short questions about your health, your medicines and the eczema treatments you have tried. It
        takes about 5 minutes. At the end you get a summary to print or show at your visit.
      </p>
      <StartActions />

      <h2>Who it is for</h2>
      <ul>
        <li>People with eczema who have a visit with a dermatologist soon.</li>
        <li>Parents and caregivers who answer for a child or another person.</li>
        <li>Clinic staff who fill it in with a patient before the visit.</li>
        <li>Dermatologists, who get a one-page summary of what to check and discuss.</li>
      </ul>

      <div className="notice">
        <h2>What this tool is not</h2>
        <p>
          It does not give a diagnosis or a prescription. It does not tell you whether a medicine is right for you. It
          lists what to talk about with your dermatologist and why. The summary is made only from your own answers.
        </p>
      </div>

      <h2>Your answers stay on this device</h2>
      <p>
        Nothing you type is sent anywhere. There are no accounts, no ads and no tracking. On your own device, you
        choose whether to keep your answers here, and you can clear them at any time. On a clinic tablet, answers are
        never kept and are cleared after each patient.
      </p>

      <h2>Already answered at home?</h2>
      <LoadAnswerFile />
      <ReadHandoffCode />

      <ClinicModePanel />

      <p>
        <Link href="/about">How the tool works and where its facts come from</Link>
      </p>
    </>
  );
}
