import type { Metadata } from 'next';
import { SummaryPlaceholder } from '@/components/flow/SummaryPlaceholder';

export const metadata: Metadata = { title: 'Summary' };

export default function SummaryPage() {
  return <SummaryPlaceholder />;
}
