import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Summary · JAK Screener for eczema' };

/** /summary: the flow layout shows the summary once the machine is there. */
export default function SummaryPage() {
  return null;
}
