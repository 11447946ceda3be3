import type { Metadata } from 'next';
import { SummaryScreen } from '@/components/summary/SummaryScreen';

export const metadata: Metadata = { title: 'Summary · JAK Screener for eczema' };

export default function SummaryPage() {
  // Seam: the questionnaire's answers document reaches the summary here (the lead wires useScreening().document).
  return <SummaryScreen document={null} />;
}
