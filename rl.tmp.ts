import { STEPS } from '@/lib/questionnaire';
import { RULES } from '@/rules';
const DRUG_WORDS = /\b(upadacitinib|abrocitinib|baricitinib|ruxolitinib|tofacitinib|Rinvoq|Cibinqo|Olumiant|Opzelura|Xeljanz|dupilumab|tralokinumab|lebrikizumab|nemolizumab|Dupixent|Adbry|Adtralza|Ebglyss|Nemluvio|tacrolimus|pimecrolimus|crisaborole|roflumilast|tapinarof|cyclosporine|methotrexate|azathioprine|mycophenolate|clopidogrel|prasugrel|ticagrelor|ticlopidine|warfarin|apixaban|rivaroxaban|dabigatran|ketoconazole|itraconazole|clarithromycin|ritonavir|rifampin|carbamazepine|phenytoin|fluconazole|fluvoxamine|fluoxetine|probenecid|ibuprofen|naproxen|prednisone|hydrocortisone|triamcinolone|clobetasol|Shingrix|tuberculosis|hepatitis|eczema|herpeticum|diverticulitis|chemotherapy)\b/gi;
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}
function grade(text: string) {
  const t = text.replace(DRUG_WORDS, 'drug');
  const sentences = t.split(/[.!?]+\s|[.!?]+$|\n/).filter(s => s.trim().length > 0).length;
  const words = t.split(/\s+/).map(w=>w.replace(/[^A-Za-z0-9']/g,'')).filter(Boolean);
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
}
for (const step of STEPS) {
  const text = step.questions.map((q: any) => [q.text.self, q.help?.self].filter(Boolean).join('\n')).join('\n');
  console.log(step.id, grade(text).toFixed(1));
}
console.log('rules patient', grade(RULES.map(r=>r.patientText).join('\n')).toFixed(1));
for (const r of RULES) { const g = grade(r.patientText); if (g > 9) console.log(' ', r.id, g.toFixed(1), r.patientText); }
