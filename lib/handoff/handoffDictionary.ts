/**
 * The preset dictionary of the hand-off code's deflate stream, frozen for payload format 1 (prefix `JAKS1:`).
 *
 * Deflate can start from a dictionary of text it expects: an answers document is mostly question ids and option
 * ids, so with them in the dictionary the longest public vignette (905 bytes of JSON) deflates to 77 bytes instead
 * of 480, and its QR code shrinks from version 17 (85 × 85 modules) to version 5 (37 × 37): much easier to read
 * from a screen or a photo.
 *
 * Frozen, not built from lib/questionnaire: the reader must use exactly the bytes the writer used, so a new
 * question or option must not change it. A change here is a new payload format (new prefix), with the old
 * dictionary kept for reading. Ids missing from it still encode, only less compactly.
 */
import { strToU8 } from 'fflate';

const OPTION_IDS = [
  'mild', 'moderate', 'severe', 'under10', '10to20', 'over20', 'unsure', 'topicalSteroid', 'topicalCalcineurin',
  'topicalPde4', 'topicalOther', 'phototherapy', 'oralSteroid', 'cyclosporine', 'methotrexate', 'azathioprine',
  'mycophenolate', 'dupilumab', 'tralokinumab', 'lebrikizumab', 'nemolizumab', 'upadacitinib', 'abrocitinib',
  'ruxolitinibCream', 'baricitinib', 'otherJak', 'none', 'never', 'former', 'current', 'highBloodPressure',
  'highCholesterol', 'diabetes', 'familyHeartDisease', 'obesity', 'nonMelanomaSkin', 'melanoma',
  'lymphomaLeukemia', 'lung', 'other', 'dialysis', 'antiplatelet', 'aspirinLowDose', 'anticoagulant',
  'cyp3a4Inhibitor', 'cyp3a4Inducer', 'cyp2c19Inhibitor', 'probenecid', 'nsaidRegular', 'steroidRegular',
  'immunosuppressant', 'biologic', 'fastItchRelief', 'noInjections', 'noDailyPill', 'preferCream', 'costConcern',
  'fewerBloodTests', 'yes', 'patient', 'caregiver', 'staff',
];

/** A typical document last: deflate reaches text near the end of the dictionary with the shortest distances. */
const SKELETON =
  '{"schemaVersion":1,"respondent":"patient","answers":{"age":0,"under40kg":"no","pregnancyPossible":"no",' +
  '"pregnant":"no","planningPregnancy":"no","breastfeeding":"no","hormonalContraception":"no","severity":"mild",' +
  '"bodyArea":"under10","itchWorst24h":0,"sleepNightsLost":0,"treatmentsTried":["none"],"treatmentsCurrent":["none"],' +
  '"jakReaction":"no","infectionNow":"no","infectionsFrequent":"no","tbHistory":"no","tbExposure":"no",' +
  '"hepatitisB":"no","hepatitisC":"no","hiv":"no","weakImmuneSystem":"no","shinglesHistory":"no",' +
  '"coldSoresFrequent":"no","shinglesVaccine":"no","liveVaccinePlanned":"no","smoking":"never",' +
  '"heartAttackOrStroke":"no","bloodClot":"no","clottingDisorder":"no","heartRiskFactors":["none"],' +
  '"cancerHistory":["none"],"cancerActive":"no","liverDisease":"none","kidneyDisease":"none","gutPerforation":"no",' +
  '"lowBloodCounts":"no","medicines":["none"],"medicinesOther":"","moodAffected":"no","preferences":["none"],' +
  '"questionsForDoctor":""},"patient":{"name":"","dateOfBirth":""}}';

export const HANDOFF_DICTIONARY_V1: Uint8Array = strToU8(OPTION_IDS.map((id) => `"${id}"`).join(',') + SKELETON);
