import type { Metadata } from 'next';
import { CurrentSummary } from '@/components/summary/CurrentSummary';

export const metadata: Metadata = { title: 'Summary · JAK Screener for eczema' };

export default function SummaryPage() {
  return <CurrentSummary />;
}
