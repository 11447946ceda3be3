import type { Metadata } from 'next';
import Link from 'next/link';
import { AboutRules } from '@/components/about/AboutRules';

export const metadata: Metadata = { title: 'How it works and sources · JAK Screener for eczema' };

export default function AboutPage() {
  return (
    <>
      <AboutRules />
      <p>
        <Link href="/">Back to the start page</Link>
      </p>
    </>
  );
}
