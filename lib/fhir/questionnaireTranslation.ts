/**
 * Other languages' wording inside the one FHIR Questionnaire, as FHIR R4 core extension-translation
 * (http://hl7.org/fhir/StructureDefinition/translation, sub-extensions `lang` and `content`) on the primitive's
 * `_element`: `_title`, each item's `_text` and each answer coding's `_display`. SDC renderers (LHC-Forms, Smart
 * Forms) and EHRs pick the language they need; a system that ignores the extension reads the English as before.
 * Codes, linkIds and conditions are the same in every language, so a QuestionnaireResponse answered in Spanish is
 * the same coded answers as one answered in English (docs/decisions/0014).
 */
import type { Coding, Element, Extension, Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { EXTENSION } from './canonical';

/** One language's wording of the same Questionnaire: its title and its items in the same order with the same linkIds. */
export interface QuestionnaireWording {
  lang: string;
  title: string;
  item: readonly QuestionnaireItem[];
}

/** The translation extension of one string in one language (BCP 47 code in `lang`). */
export function translationExtension(lang: string, content: string): Extension {
  return { url: EXTENSION.translation, extension: [{ url: 'lang', valueCode: lang }, { url: 'content', valueString: content }] };
}

/** `_element` with one more translation (keeps any translation already there for another language). */
function translated(element: Element | undefined, lang: string, content: string | undefined): Element | undefined {
  if (content === undefined) return element;
  return { ...element, extension: [...(element?.extension ?? []), translationExtension(lang, content)] };
}

type TranslatedCoding = Coding & { _display?: Element };
type TranslatedItem = QuestionnaireItem & { _text?: Element };

function codingWithTranslation(coding: Coding | undefined, other: Coding | undefined, lang: string): Coding | undefined {
  if (!coding) return coding;
  const _display = translated((coding as TranslatedCoding)._display, lang, other?.display);
  return _display ? ({ ...coding, _display } as TranslatedCoding) : coding;
}

function itemWithTranslation(item: QuestionnaireItem, other: QuestionnaireItem | undefined, lang: string): QuestionnaireItem {
  // The two trees come from one definition; a linkId that differs means they are not the same questionnaire.
  if (other && other.linkId !== item.linkId) throw new Error(`translation: item ${other.linkId} is not ${item.linkId}`);
  const _text = translated((item as TranslatedItem)._text, lang, other?.text);
  return {
    ...item,
    ...(_text ? { _text } : {}),
    ...(item.answerOption
      ? { answerOption: item.answerOption.map((o, i) => ({ ...o, valueCoding: codingWithTranslation(o.valueCoding, other?.answerOption?.[i]?.valueCoding, lang) })) }
      : {}),
    ...(item.item ? { item: item.item.map((child, i) => itemWithTranslation(child, other?.item?.[i], lang)) } : {}),
  } as QuestionnaireItem;
}

/**
 * The Questionnaire with `wording` added as translations. Shapes: `questionnaire` in its base language, `wording`
 * the same items (same linkIds, same order, same answer options) in language `wording.lang`. Throws when a linkId
 * differs (the two were not built from the same definition). Pure: returns a new Questionnaire.
 */
export function withTranslations(questionnaire: Questionnaire, wording: QuestionnaireWording): Questionnaire {
  const base = questionnaire as Questionnaire & { _title?: Element };
  return {
    ...questionnaire,
    ...(questionnaire.title ? { _title: translated(base._title, wording.lang, wording.title) } : {}),
    item: (questionnaire.item ?? []).map((item, i) => itemWithTranslation(item, wording.item[i], wording.lang)),
  } as Questionnaire;
}
