/**
 * The label sources the rules cite, from shared/clinical/label-facts.md §12 (source keys in brackets).
 * A rule cites a source and a section with cite(). Revision dates are those of the copies read; labels change
 * often, so every summary prints the ruleset version and the date these sources were checked.
 */
import type { Drug } from './drugs';
import type { Source } from './types';

export interface SourceDocument {
  label: string;
  revised?: string;
  /** A newer revision is known to exist but its text was not read (the about page says so). */
  newerRevisionNotRead?: string;
  url?: string;
}

export const RINVOQ_US: SourceDocument = {
  // [R1] DailyMed copy updated 2023-11-14; boxed warning, §2 and §5.1 also read in the current PI copy [R3].
  label: 'Rinvoq (upadacitinib) US Prescribing Information',
  revised: '2023-11-14',
  url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?searchdb=rxcui&query=2596957',
};

export const RINVOQ_EU: SourceDocument = {
  // [R12] AbbVie UK professional pages quoting the EU/UK SmPC.
  label: 'Rinvoq (upadacitinib) EU/UK Summary of Product Characteristics',
  url: 'https://www.abbviepro.com/gb/en/immunology/dermatology/products/rinvoq-ad-home.html',
};

export const CIBINQO_US: SourceDocument = {
  // [C1][C2][C3] Pfizer medical information pages of the US PI; copy updated 2024-01 [C7]. A labelling supplement
  // approved 2026-06-30 [C15] has not been read (label-facts §3, §11).
  label: 'Cibinqo (abrocitinib) US Prescribing Information',
  revised: '2024-01-16',
  newerRevisionNotRead: '2026-06-30',
  url: 'https://www.pfizermedicalinformation.com/cibinqo-0/dosage-admin',
};

export const CIBINQO_EU: SourceDocument = {
  // [C11][C12][C14] EU SmPC (2024) as summarised by Pfizer Norway and MIMS.
  label: 'Cibinqo (abrocitinib) EU Summary of Product Characteristics',
  revised: '2024',
  url: 'https://www.rxreasoner.com/monographs/cibinqo/usage',
};

export const OPZELURA_US: SourceDocument = {
  // [O12] openFDA label record, SPL set 24da5509-6631-4795-9d42-273faecd08e7, version 14, effective 2026-06-30.
  label: 'Opzelura (ruxolitinib) cream US Prescribing Information',
  revised: '2026-06-30',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=24da5509-6631-4795-9d42-273faecd08e7',
};

export const OLUMIANT_UK: SourceDocument = {
  // [B1] UK SmPC, updated 2024-07-30; EU posology and precautions also from [B2][B3][B5].
  label: 'Olumiant (baricitinib) UK Summary of Product Characteristics',
  revised: '2024-07-30',
  url: 'https://www.medicines.org.uk/emc/product/7486/smpc',
};

export const EMA_JAK_REVIEW: SourceDocument = {
  // [E1] EMA Article 20 referral on JAK inhibitors; EC decision 10 March 2023 [E5].
  label: 'EMA Article 20 review of Janus kinase inhibitors',
  revised: '2023-03-10',
  url: 'https://www.ema.europa.eu/en/medicines/human/referrals/janus-kinase-inhibitors-jaki',
};

export const CDC_SHINGRIX: SourceDocument = {
  // [V1] CDC recombinant zoster vaccine considerations; MMWR 2022;71(3).
  label: 'CDC: Shingrix (recombinant zoster vaccine) considerations',
  url: 'https://www.cdc.gov/shingles/hcp/vaccine-considerations/',
};

export const RINVOQ_EU_LEAFLET: SourceDocument = {
  // [R12] EU/UK package leaflet, as quoted on AbbVie's UK pages; 2026-11-30 review (label-facts §11): NSAIDs and
  // corticosteroids among gut-perforation risks; report a sudden change in vision at once.
  label: 'Rinvoq (upadacitinib) EU/UK Package Leaflet',
  url: 'https://www.abbviepro.com/gb/en/immunology/dermatology/products/rinvoq-ad-home.html',
};

export const OLUMIANT_EU_SUMMARY: SourceDocument = {
  // [B5] MIMS Thailand Olumiant summary of the EU SmPC: precautions (HBV DNA, diverticulitis with NSAIDs/steroids).
  label: 'Olumiant (baricitinib) EU SmPC summary (MIMS)',
  url: 'https://www.mims.com/thailand/drug/info/olumiant',
};

export const HEPATITIS_SCREENING_PRACTICE: SourceDocument = {
  // [P1] Rheumatology teaching on screening before advanced therapies: the usual hepatitis B and C markers. The labels
  // themselves say only "viral hepatitis screening in accordance with clinical guidelines" (label-facts §9).
  label: 'Screening before advanced immunomodulating therapy (rheumatology practice guidance, RheumTutor)',
  url: 'https://www.rheumtutor.com/',
};

/** The label documents of each drug (the registry test checks every drug has at least one). */
export const LABELS_BY_DRUG: Readonly<Record<Drug, readonly SourceDocument[]>> = {
  upadacitinib: [RINVOQ_US, RINVOQ_EU, RINVOQ_EU_LEAFLET],
  abrocitinib: [CIBINQO_US, CIBINQO_EU],
  ruxolitinibCream: [OPZELURA_US],
  baricitinib: [OLUMIANT_UK, OLUMIANT_EU_SUMMARY],
};

/** Every source the rules may cite (labels, guidelines), for the about page. */
export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
  ...Object.values(LABELS_BY_DRUG).flat(),
  EMA_JAK_REVIEW,
  CDC_SHINGRIX,
  HEPATITIS_SCREENING_PRACTICE,
];

export function cite(source: SourceDocument, section: string): Source {
  const { label, revised, newerRevisionNotRead, url } = source;
  return { label, section, ...(revised ? { revised } : {}), ...(newerRevisionNotRead ? { newerRevisionNotRead } : {}), ...(url ? { url } : {}) };
}
