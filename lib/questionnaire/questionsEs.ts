/**
 * The questionnaire's wording in Spanish (neutral Latin American, usted, plain words; medical words as
 * MedlinePlus en español uses them, docs/i18n/glossary-es.md; brand names unchanged). Only wording lives here:
 * ids, types, options, shown-when conditions and limits are the English definition's (questions.ts), so answers
 * stay language-neutral ids whatever language they were given in. Translation only: nothing clinical is added.
 * The type makes every step and question need an entry; __tests__/lib/i18n/questionnaireEs.test.ts checks every
 * English text (options, help, errors, legends) has a Spanish one that is not empty and not left in English.
 */
import type { QuestionId, StepId } from './index';
import type { Wording } from './types';

/** The Spanish words of one option: its label, and its hint when the English option has one. */
export interface OptionText {
  readonly label: string;
  readonly hint?: string;
}

/** The Spanish words of one question, field by field as in the English definition. */
export interface QuestionText {
  readonly text: Wording;
  readonly help?: Wording;
  readonly blankError?: Wording;
  readonly unit?: string;
  readonly scale?: { readonly minLabel: string; readonly maxLabel: string };
  /** By option id: every option of a choice, multi or map question, and for a map question its rows (`keys`) too. */
  readonly options?: Readonly<Record<string, OptionText>>;
}

/** The Spanish words of one step: its title and intro, its group legends in order, its per-item table's tick label. */
export interface StepText {
  readonly title: Wording;
  readonly intro?: Wording;
  readonly groupLegends?: readonly Wording[];
  readonly tickLabel?: Wording;
}

export interface QuestionnaireText {
  readonly steps: Readonly<Record<StepId, StepText>>;
  readonly questions: Readonly<Record<QuestionId, QuestionText>>;
}

const same = (text: string): Wording => ({ self: text, other: text });
const CHOOSE_ALL = same('Elija todas las que correspondan.');

const TREATMENT_OPTIONS_ES: Record<string, OptionText> = {
  topicalSteroid: { label: 'Crema o pomada con esteroides', hint: 'por ejemplo hidrocortisona, triamcinolona, clobetasol' },
  topicalCalcineurin: { label: 'Crema o pomada de tacrolimus o pimecrolimus', hint: 'Protopic, Elidel' },
  topicalPde4: { label: 'Crema de crisaborol o roflumilast', hint: 'Eucrisa, Zoryve' },
  topicalOther: { label: 'Otra crema con receta', hint: 'por ejemplo tapinarof (Vtama)' },
  phototherapy: { label: 'Tratamiento con luz (fototerapia)' },
  oralSteroid: { label: 'Esteroides en pastillas o inyecciones', hint: 'por ejemplo prednisona' },
  cyclosporine: { label: 'Ciclosporina en pastillas' },
  methotrexate: { label: 'Metotrexato' },
  azathioprine: { label: 'Azatioprina' },
  mycophenolate: { label: 'Micofenolato', hint: 'CellCept' },
  dupilumab: { label: 'Inyecciones de dupilumab', hint: 'Dupixent' },
  tralokinumab: { label: 'Inyecciones de tralokinumab', hint: 'Adbry, Adtralza' },
  lebrikizumab: { label: 'Inyecciones de lebrikizumab', hint: 'Ebglyss' },
  nemolizumab: { label: 'Inyecciones de nemolizumab', hint: 'Nemluvio' },
  upadacitinib: { label: 'Upadacitinib en pastillas', hint: 'Rinvoq' },
  abrocitinib: { label: 'Abrocitinib en pastillas', hint: 'Cibinqo' },
  ruxolitinibCream: { label: 'Crema de ruxolitinib', hint: 'Opzelura' },
  baricitinib: { label: 'Baricitinib en pastillas', hint: 'Olumiant' },
  otherJak: { label: 'Otro inhibidor de JAK', hint: 'por ejemplo tofacitinib (Xeljanz)' },
  none: { label: 'Ninguno de estos' },
};

const { none: _none, ...TREATMENT_ROWS_ES } = TREATMENT_OPTIONS_ES;

const UNSURE: OptionText = { label: 'No sé' };

export const QUESTIONNAIRE_ES: QuestionnaireText = {
  steps: {
    about: { title: { self: 'Sobre usted', other: 'Sobre el paciente' }, groupLegends: [same('Embarazo y hormonas')] },
    eczema: { title: { self: 'Su eccema', other: 'El eccema del paciente' } },
    treatments: { title: same('Tratamientos'), tickLabel: same('Lo usa ahora') },
    infections: { title: same('Infecciones y vacunas'), groupLegends: [same('Infecciones'), same('Vacunas y viajes')] },
    heart: { title: same('Corazón, coágulos de sangre y fumar'), groupLegends: [same('Corazón y coágulos de sangre')] },
    health: { title: same('Cáncer y otros temas de salud'), groupLegends: [same('Intestino y sangre')] },
    medicines: { title: same('Medicamentos') },
    goals: { title: { self: 'Sus metas y preguntas', other: 'Metas y preguntas' } },
  },
  questions: {
    age: {
      text: { self: '¿Cuántos años tiene?', other: '¿Cuántos años tiene el paciente?' },
      blankError: { self: 'Escriba su edad en años', other: 'Escriba la edad del paciente en años' },
      unit: 'años',
    },
    under40kg: {
      text: { self: '¿Pesa menos de 40 kg (88 libras)?', other: '¿El paciente pesa menos de 40 kg (88 libras)?' },
      help: same('Algunos medicamentos tienen un límite de peso más bajo para los adolescentes.'),
    },
    pregnancyPossible: {
      text: { self: '¿Podría quedar embarazada?', other: '¿La paciente podría quedar embarazada?' },
      help: {
        self: 'Conteste sí si su cuerpo podría tener un embarazo, aunque no lo esté buscando.',
        other: 'Conteste sí si el cuerpo de la paciente podría tener un embarazo, aunque no lo esté buscando.',
      },
    },
    pregnant: { text: { self: '¿Está embarazada ahora?', other: '¿La paciente está embarazada ahora?' } },
    planningPregnancy: {
      text: { self: '¿Planea un embarazo en los próximos 12 meses?', other: '¿La paciente planea un embarazo en los próximos 12 meses?' },
    },
    breastfeeding: {
      text: { self: '¿Está dando pecho ahora?', other: '¿La paciente está dando pecho ahora?' },
    },
    hormonalContraception: {
      text: {
        self: '¿Usa anticonceptivos con estrógeno (la píldora, el parche o el anillo) o terapia de reemplazo hormonal (TRH)?',
        other: '¿El paciente usa anticonceptivos con estrógeno (la píldora, el parche o el anillo) o terapia de reemplazo hormonal (TRH)?',
      },
      help: same('La TRH es un medicamento con hormonas que algunas personas toman cerca de la menopausia.'),
    },
    severity: {
      text: { self: 'Últimamente, ¿qué tan fuerte es su eccema en un día normal?', other: 'Últimamente, ¿qué tan fuerte es el eccema del paciente en un día normal?' },
      blankError: { self: 'Elija qué tan fuerte es su eccema en un día normal', other: 'Elija qué tan fuerte es el eccema del paciente en un día normal' },
      options: {
        mild: { label: 'Leve', hint: 'manchas pequeñas, un poco de picazón' },
        moderate: { label: 'Moderado', hint: 'zonas más grandes, picazón casi todos los días' },
        severe: { label: 'Grave', hint: 'zonas grandes, mucha picazón, difícil de controlar' },
      },
    },
    bodyArea: {
      text: { self: '¿Cuánta de su piel tiene eccema?', other: '¿Cuánta de la piel del paciente tiene eccema?' },
      help: { self: 'La palma de una mano es más o menos el 1% de su piel.', other: 'La palma de la mano del paciente es más o menos el 1% de su piel.' },
      options: {
        under10: { label: 'Menos del 10%', hint: 'menos de 10 palmas' },
        '10to20': { label: 'Del 10% al 20%', hint: 'de 10 a 20 palmas' },
        over20: { label: 'Más del 20%', hint: 'más de 20 palmas' },
        unsure: UNSURE,
      },
    },
    itchWorst24h: {
      text: { self: '¿Qué tan fuerte fue su peor picazón en las últimas 24 horas?', other: '¿Qué tan fuerte fue la peor picazón del paciente en las últimas 24 horas?' },
      scale: { minLabel: 'Nada de picazón', maxLabel: 'La peor picazón que se pueda imaginar' },
    },
    sleepNightsLost: {
      text: {
        self: 'En las últimas 7 noches, ¿cuántas noches la picazón le despertó o no le dejó dormir?',
        other: 'En las últimas 7 noches, ¿cuántas noches la picazón despertó al paciente o no le dejó dormir?',
      },
      unit: 'noches',
    },
    treatmentsTried: {
      text: { self: '¿Cuáles de estos ha usado alguna vez para el eccema?', other: '¿Cuáles de estos ha usado el paciente alguna vez para el eccema?' },
      help: CHOOSE_ALL,
      options: TREATMENT_OPTIONS_ES,
    },
    treatmentsCurrent: {
      text: { self: '¿Cuáles de estos usa ahora?', other: '¿Cuáles de estos usa el paciente ahora?' },
      help: CHOOSE_ALL,
      options: TREATMENT_OPTIONS_ES,
    },
    treatmentOutcomes: {
      text: { self: '¿Cómo le fue con cada tratamiento?', other: '¿Cómo le fue al paciente con cada tratamiento?' },
      help: same('Los formularios del seguro médico muchas veces piden esto.'),
      options: {
        helped: { label: 'Ayudó' },
        notEnough: { label: 'No ayudó lo suficiente' },
        sideEffects: { label: 'Lo dejó: efectos secundarios' },
        stoppedOther: { label: 'Lo dejó: otra razón', hint: 'costo, seguro médico o molestias' },
        unsure: UNSURE,
        ...TREATMENT_ROWS_ES,
      },
    },
    topicalWeeks: {
      text: {
        self: '¿Cuál es el tiempo más largo que usó una crema o pomada con receta casi todos los días?',
        other: '¿Cuál es el tiempo más largo que el paciente usó una crema o pomada con receta casi todos los días?',
      },
      options: {
        under4: { label: 'Menos de 4 semanas' },
        '4to8': { label: 'De 4 a 8 semanas' },
        over8: { label: 'Más de 8 semanas' },
        unsure: UNSURE,
      },
    },
    jakReaction: {
      text: {
        self: '¿Alguna vez tuvo una reacción alérgica a un inhibidor de JAK?',
        other: '¿El paciente tuvo alguna vez una reacción alérgica a un inhibidor de JAK?',
      },
      help: same(
        'Los inhibidores de JAK incluyen Rinvoq, Cibinqo, Opzelura, Olumiant y Xeljanz. Una reacción alérgica puede ser un sarpullido, ronchas, hinchazón de la cara o la garganta, o dificultad para respirar.',
      ),
    },
    jakReactionDrugs: {
      text: { self: '¿A qué inhibidor de JAK fue la reacción?', other: '¿A qué inhibidor de JAK fue la reacción del paciente?' },
      help: CHOOSE_ALL,
      options: {
        upadacitinib: TREATMENT_OPTIONS_ES.upadacitinib,
        abrocitinib: TREATMENT_OPTIONS_ES.abrocitinib,
        ruxolitinibCream: TREATMENT_OPTIONS_ES.ruxolitinibCream,
        baricitinib: TREATMENT_OPTIONS_ES.baricitinib,
        otherJak: TREATMENT_OPTIONS_ES.otherJak,
        unsure: { label: 'No sé cuál' },
      },
    },
    jakReactionType: {
      text: { self: '¿Qué tipo de reacción fue?', other: '¿Qué tipo de reacción tuvo el paciente?' },
      options: {
        skinWhereApplied: { label: 'Un sarpullido o picazón solo donde se puso la crema' },
        wholeBody: { label: 'Una reacción de todo el cuerpo', hint: 'ronchas, hinchazón de la cara, los labios o la garganta, dificultad para respirar, o un sarpullido por todo el cuerpo' },
        unsure: UNSURE,
      },
    },
    infectionNow: {
      text: {
        self: '¿Tiene una infección o fiebre en este momento, con o sin tratamiento?',
        other: '¿El paciente tiene una infección o fiebre en este momento, con o sin tratamiento?',
      },
      help: same('Cuente el eccema que parece infectado, que supura o hace costras, los forúnculos y el herpes labial que se extiende.'),
    },
    infectionsFrequent: {
      text: {
        self: '¿Le dan infecciones seguido, o ha estado en el hospital por una infección?',
        other: '¿Al paciente le dan infecciones seguido, o ha estado en el hospital por una infección?',
      },
    },
    tbHistory: {
      text: {
        self: '¿Alguna vez ha tenido tuberculosis (TB) o una prueba de TB positiva?',
        other: '¿El paciente ha tenido alguna vez tuberculosis (TB) o una prueba de TB positiva?',
      },
      help: same('La TB es un microbio que casi siempre daña los pulmones. Puede esconderse en el cuerpo por años.'),
    },
    tbExposure: {
      text: {
        self: '¿Ha estado cerca de alguien con TB, o ha vivido o viajado a un lugar donde la TB es común?',
        other: '¿El paciente ha estado cerca de alguien con TB, o ha vivido o viajado a un lugar donde la TB es común?',
      },
    },
    hepatitisB: { text: { self: '¿Alguna vez ha tenido hepatitis B?', other: '¿El paciente ha tenido alguna vez hepatitis B?' } },
    hepatitisC: { text: { self: '¿Alguna vez ha tenido hepatitis C?', other: '¿El paciente ha tenido alguna vez hepatitis C?' } },
    hiv: { text: { self: '¿Tiene VIH?', other: '¿El paciente tiene VIH?' } },
    weakImmuneSystem: {
      text: {
        self: '¿Tiene otra enfermedad o tratamiento que debilita su sistema inmunitario?',
        other: '¿El paciente tiene otra enfermedad o tratamiento que debilita su sistema inmunitario?',
      },
      help: same('Por ejemplo, tratamiento para el cáncer (quimioterapia) o un trasplante de órgano.'),
    },
    shinglesHistory: {
      text: { self: '¿Alguna vez ha tenido culebrilla (herpes zóster)?', other: '¿El paciente ha tenido alguna vez culebrilla (herpes zóster)?' },
      help: same('Un sarpullido doloroso con ampollas en un lado del cuerpo.'),
    },
    coldSoresFrequent: {
      text: {
        self: '¿Le da herpes labial seguido, o alguna vez ha tenido eccema herpético?',
        other: '¿Al paciente le da herpes labial seguido, o ha tenido alguna vez eccema herpético?',
      },
      help: same('El eccema herpético es una infección por herpes que se extiende en la piel con eccema, con muchas llagas pequeñas y dolorosas.'),
    },
    shinglesVaccine: {
      text: { self: '¿Se ha puesto la vacuna contra la culebrilla (Shingrix)?', other: '¿El paciente se ha puesto la vacuna contra la culebrilla (Shingrix)?' },
    },
    liveVaccinePlanned: {
      text: {
        self: 'En los últimos 3 meses, ¿se puso una vacuna viva, o planea ponerse una en los próximos 3 meses?',
        other: 'En los últimos 3 meses, ¿el paciente se puso una vacuna viva, o planea ponerse una en los próximos 3 meses?',
      },
      help: same('Las vacunas vivas incluyen la triple viral (sarampión, paperas, rubéola), la de la varicela, la de la fiebre amarilla y la vacuna contra la gripe en aerosol nasal.'),
    },
    chickenpoxImmune: {
      text: {
        self: '¿Ha tenido varicela, o dos dosis de la vacuna contra la varicela?',
        other: '¿El paciente ha tenido varicela, o dos dosis de la vacuna contra la varicela?',
      },
    },
    fungalAreas: {
      text: {
        self: '¿Ha vivido o viajado a un lugar donde son comunes algunas infecciones de los pulmones causadas por hongos?',
        other: '¿El paciente ha vivido o viajado a un lugar donde son comunes algunas infecciones de los pulmones causadas por hongos?',
      },
      help: same('Por ejemplo, los valles de los ríos Ohio y Misisipi, el suroeste de los Estados Unidos, o partes de Centroamérica y Sudamérica.'),
    },
    smoking: {
      text: { self: '¿Fuma tabaco?', other: '¿El paciente fuma tabaco?' },
      options: {
        never: { label: 'Nunca ha fumado' },
        former: { label: 'Fumaba antes' },
        current: { label: 'Fuma ahora' },
      },
    },
    heartAttackOrStroke: {
      text: {
        self: '¿Alguna vez ha tenido un ataque al corazón, un derrame cerebral, un mini derrame (AIT) o arterias tapadas?',
        other: '¿El paciente ha tenido alguna vez un ataque al corazón, un derrame cerebral, un mini derrame (AIT) o arterias tapadas?',
      },
    },
    bloodClot: {
      text: {
        self: '¿Alguna vez ha tenido un coágulo de sangre en una pierna (TVP) o en un pulmón (EP)?',
        other: '¿El paciente ha tenido alguna vez un coágulo de sangre en una pierna (TVP) o en un pulmón (EP)?',
      },
    },
    clottingDisorder: {
      text: {
        self: '¿Tiene una enfermedad que hace que su sangre se coagule con demasiada facilidad?',
        other: '¿El paciente tiene una enfermedad que hace que su sangre se coagule con demasiada facilidad?',
      },
      help: same('Por ejemplo, el factor V Leiden, que se hereda en las familias.'),
    },
    heartRiskFactors: {
      text: { self: '¿Tiene alguna de estas condiciones?', other: '¿El paciente tiene alguna de estas condiciones?' },
      help: CHOOSE_ALL,
      options: {
        highBloodPressure: { label: 'Presión arterial alta' },
        highCholesterol: { label: 'Colesterol alto' },
        diabetes: { label: 'Diabetes' },
        familyHeartDisease: { label: 'Su padre, madre, hermano o hermana tuvo una enfermedad del corazón a una edad temprana', hint: 'un hombre antes de los 55 o una mujer antes de los 65' },
        obesity: { label: 'Obesidad (mucho peso de más)' },
        none: { label: 'Ninguna de estas' },
      },
    },
    cancerHistory: {
      text: { self: '¿Alguna vez ha tenido alguno de estos tipos de cáncer?', other: '¿El paciente ha tenido alguna vez alguno de estos tipos de cáncer?' },
      help: CHOOSE_ALL,
      options: {
        nonMelanomaSkin: { label: 'Cáncer de piel que no es melanoma', hint: 'de células basales o de células escamosas' },
        melanoma: { label: 'Melanoma' },
        lymphomaLeukemia: { label: 'Linfoma o leucemia (cáncer de la sangre)' },
        lung: { label: 'Cáncer de pulmón' },
        other: { label: 'Otro cáncer' },
        none: { label: 'Ninguno de estos' },
      },
    },
    cancerActive: {
      text: {
        self: '¿Tiene cáncer ahora, o lo trataron en los últimos 5 años?',
        other: '¿El paciente tiene cáncer ahora, o lo trataron en los últimos 5 años?',
      },
    },
    liverDisease: {
      text: { self: '¿Tiene una enfermedad del hígado?', other: '¿El paciente tiene una enfermedad del hígado?' },
      options: {
        none: { label: 'No' },
        mild: { label: 'Sí, leve', hint: 'por ejemplo hígado graso' },
        severe: { label: 'Sí, grave', hint: 'cirrosis (hígado con cicatrices) o insuficiencia hepática' },
        unsure: UNSURE,
      },
    },
    kidneyDisease: {
      text: { self: '¿Un médico le ha dicho que tiene una enfermedad de los riñones?', other: '¿Un médico le ha dicho al paciente que tiene una enfermedad de los riñones?' },
      help: { self: 'Elija las palabras que usó su médico.', other: 'Elija las palabras que usó el médico del paciente.' },
      options: {
        none: { label: 'No' },
        mild: { label: 'Sí, leve' },
        moderate: { label: 'Sí, moderada' },
        severe: { label: 'Sí, grave' },
        dialysis: { label: 'En diálisis' },
        unsure: UNSURE,
      },
    },
    gutPerforation: {
      text: {
        self: '¿Ha tenido diverticulitis, o alguna vez ha tenido un desgarro o un agujero en el estómago o el intestino?',
        other: '¿El paciente ha tenido diverticulitis, o alguna vez un desgarro o un agujero en el estómago o el intestino?',
      },
      help: same('La diverticulitis es cuando unas bolsitas en la pared del intestino se hinchan o se infectan.'),
    },
    lowBloodCounts: {
      text: {
        self: 'En el último año, ¿le dijeron que tiene glóbulos blancos bajos, plaquetas bajas o anemia (glóbulos rojos bajos)?',
        other: 'En el último año, ¿le dijeron al paciente que tiene glóbulos blancos bajos, plaquetas bajas o anemia (glóbulos rojos bajos)?',
      },
    },
    medicines: {
      text: {
        self: '¿Toma alguno de estos medicamentos ahora, o los va a tomar pronto?',
        other: '¿El paciente toma alguno de estos medicamentos ahora, o los va a tomar pronto?',
      },
      help: CHOOSE_ALL,
      options: {
        antiplatelet: {
          label: 'Un antiagregante plaquetario, que evita que las plaquetas formen coágulos (no aspirina)',
          hint: 'clopidogrel (Plavix), prasugrel (Effient), ticagrelor (Brilinta), ticlopidina, dipiridamol, cilostazol, vorapaxar',
        },
        aspirinLowDose: { label: 'Aspirina, 81 mg al día o menos', hint: 'aspirina de dosis baja o “aspirina para bebé”' },
        aspirinOver81: { label: 'Aspirina, más de 81 mg al día', hint: 'por ejemplo 100 mg o 325 mg' },
        anticoagulant: {
          label: 'Un anticoagulante',
          hint: 'warfarina (Coumadin), apixabán (Eliquis), rivaroxabán (Xarelto), edoxabán, dabigatrán (Pradaxa), inyecciones de heparina',
        },
        cyp3a4Inhibitor: {
          label: 'Algunos medicamentos para hongos, antibióticos o medicamentos para el VIH',
          hint: 'ketoconazol, itraconazol, posaconazol, voriconazol, claritromicina, ritonavir (también en Paxlovid), cobicistat',
        },
        cyp3a4Inducer: { label: 'Rifampina, carbamazepina, fenitoína o hierba de San Juan' },
        cyp2c19Inhibitor: { label: 'Fluvoxamina o fluoxetina', hint: 'Luvox, Prozac' },
        fluconazole: { label: 'Fluconazol', hint: 'Diflucan, un medicamento para hongos' },
        probenecid: { label: 'Probenecid', hint: 'un medicamento para la gota' },
        nsaidRegular: { label: 'Ibuprofeno o naproxeno casi todos los días', hint: 'Advil, Motrin, Aleve' },
        steroidRegular: { label: 'Prednisona u otro esteroide parecido casi todos los días' },
        immunosuppressant: { label: 'Ciclosporina, metotrexato, azatioprina, micofenolato o tacrolimus en pastillas' },
        biologic: {
          label: 'Un medicamento biológico en inyección o por la vena, para cualquier enfermedad',
          hint: 'un biológico es un medicamento hecho con células vivas, por ejemplo Dupixent, Humira, Stelara',
        },
        none: { label: 'Ninguno de estos' },
      },
    },
    medicinesOther: {
      text: { self: '¿Qué otros medicamentos, vitaminas o suplementos toma?', other: '¿Qué otros medicamentos, vitaminas o suplementos toma el paciente?' },
      help: { self: 'Opcional. Escriba los nombres si los sabe.', other: 'Opcional. Escriba los nombres si los sabe.' },
    },
    moodAffected: {
      text: {
        self: '¿Su eccema afecta mucho su estado de ánimo (preocupación, tristeza) o su vida diaria?',
        other: '¿El eccema afecta mucho el estado de ánimo (preocupación, tristeza) o la vida diaria del paciente?',
      },
    },
    preferences: {
      text: { self: '¿Qué es lo más importante para usted en un tratamiento?', other: '¿Qué es lo más importante para el paciente en un tratamiento?' },
      help: CHOOSE_ALL,
      options: {
        fastItchRelief: { label: 'Alivio rápido de la picazón' },
        noInjections: { label: 'Sin inyecciones' },
        noDailyPill: { label: 'Sin una pastilla todos los días' },
        preferCream: { label: 'Una crema en vez de una pastilla o inyección' },
        costConcern: { label: 'El costo' },
        fewerBloodTests: { label: 'Menos análisis de sangre' },
        none: { label: 'Ninguna de estas' },
      },
    },
    questionsForDoctor: {
      text: { self: '¿Qué preguntas quiere hacerle a su dermatólogo?', other: '¿Qué preguntas quiere hacerle el paciente al dermatólogo?' },
      help: { self: 'Opcional. Se imprimirán en su resumen.', other: 'Opcional. Se imprimirán en el resumen.' },
    },
  },
};
