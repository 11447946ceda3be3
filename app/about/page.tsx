import type { Metadata } from 'next';
import { AboutRules } from '@/components/about/AboutRules';

export const metadata: Metadata = { title: 'How it works and sources · JAK Screener for eczema' };

export default function AboutPage() {
  return <AboutRules />;
}
