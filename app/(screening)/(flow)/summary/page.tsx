import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('summary'))('title') };
}

/** /summary: the flow layout shows the summary once the machine is there. */
export default function SummaryPage() {
  return null;
}
