/**
 * The patient's part of the summary in Spanish (issue 14): what each flag asks the patient to raise, the preference,
 * mood and conversation-starter points, and the fixed notices. Translations of the English texts in rules/*.ts,
 * rules/discussionPoints.ts and lib/summary/patientNotices.ts, by rule and point id; nothing clinical is added
 * (docs/i18n/glossary-es.md for the words). The clinician's part has its own (clinicianWordsEs.ts). Checked complete and translated by
 * __tests__/lib/i18n/summaryEs.test.ts.
 */
import type { Wording } from '@/lib/questionnaire';

const voiced = (self: string, other: string): Wording => ({ self, other });

/** Each rule's patient text, and (for rules that "not sure" can fire) what the person was not sure about. */
export const RULE_PATIENT_TEXT_ES: Readonly<Record<string, { text: Wording; unsureAbout?: Wording }>> = {
  'jak-allergy': {
    text: voiced('Dígale a su dermatólogo a qué inhibidor de JAK tuvo una reacción y qué pasó.', 'Dígale al dermatólogo a qué inhibidor de JAK tuvo una reacción el paciente y qué pasó.'),
    unsureAbout: voiced('si tuvo una reacción alérgica a un inhibidor de JAK', 'si el paciente tuvo una reacción alérgica a un inhibidor de JAK'),
  },
  'prior-jak': {
    text: voiced(
      'Dígale a su dermatólogo qué inhibidor de JAK usó, qué tan bien funcionó y por qué lo dejó.',
      'Dígale al dermatólogo qué inhibidor de JAK usó el paciente, qué tan bien funcionó y por qué se dejó.',
    ),
  },
  'current-systemic-treatment': {
    text: voiced('Pregunte cómo cambiaría de su tratamiento actual, si lo cambia.', 'Pregunte cómo cambiaría el paciente de su tratamiento actual, si se cambia.'),
  },
  'no-prior-systemic': { text: voiced('Pregunte qué tratamientos se suelen probar primero, y por qué.', 'Pregunte qué tratamientos se suelen probar primero, y por qué.') },
  'no-prior-topical': {
    text: voiced('Pregunte si vale la pena probar primero una crema o pomada con receta.', 'Pregunte si vale la pena probar primero una crema o pomada con receta.'),
  },
  'active-infection': {
    text: voiced(
      'Dígale a su dermatólogo sobre la infección o la fiebre que tiene ahora, y cómo se está tratando.',
      'Dígale al dermatólogo sobre la infección o la fiebre que tiene ahora el paciente, y cómo se está tratando.',
    ),
    unsureAbout: voiced('si tiene una infección o fiebre ahora', 'si el paciente tiene una infección o fiebre ahora'),
  },
  'frequent-infections': {
    text: voiced(
      'Dígale a su dermatólogo qué tan seguido le dan infecciones. Diga si alguna vez estuvo en el hospital por una.',
      'Dígale al dermatólogo qué tan seguido le dan infecciones al paciente, y si estuvo en el hospital por una.',
    ),
    unsureAbout: voiced('si le dan infecciones seguido', 'si al paciente le dan infecciones seguido'),
  },
  tuberculosis: {
    text: voiced(
      'Dígale a su dermatólogo sobre su TB o su prueba de TB positiva, cuándo fue y cómo se trató.',
      'Dígale al dermatólogo sobre la TB o la prueba de TB positiva del paciente, cuándo fue y cómo se trató.',
    ),
    unsureAbout: voiced('si ha tenido TB o una prueba de TB positiva', 'si el paciente ha tenido TB o una prueba de TB positiva'),
  },
  'tb-exposure': {
    text: voiced(
      'Dígale a su dermatólogo sobre su contacto con la TB o el tiempo que pasó donde la TB es común. Tal vez necesite una prueba de TB.',
      'Dígale al dermatólogo sobre el contacto del paciente con la TB o el tiempo que pasó donde la TB es común. Tal vez se necesite una prueba de TB.',
    ),
    unsureAbout: voiced('si ha estado cerca de la TB', 'si el paciente ha estado cerca de la TB'),
  },
  'hepatitis-b': {
    text: voiced(
      'Dígale a su dermatólogo sobre su hepatitis B. Lleve los resultados de pruebas que tenga.',
      'Dígale al dermatólogo sobre la hepatitis B del paciente. Lleve los resultados de pruebas que tenga.',
    ),
    unsureAbout: voiced('si ha tenido hepatitis B', 'si el paciente ha tenido hepatitis B'),
  },
  'hepatitis-c': {
    text: voiced(
      'Dígale a su dermatólogo sobre su hepatitis C y cómo se trató. Lleve los resultados de pruebas que tenga.',
      'Dígale al dermatólogo sobre la hepatitis C del paciente y cómo se trató. Lleve los resultados de pruebas que tenga.',
    ),
    unsureAbout: voiced('si ha tenido hepatitis C', 'si el paciente ha tenido hepatitis C'),
  },
  'weak-immune-system': {
    text: voiced(
      'Dígale a su dermatólogo sobre su VIH, o cualquier otra enfermedad o tratamiento que debilite su sistema inmunitario.',
      'Dígale al dermatólogo sobre el VIH del paciente, o cualquier otra enfermedad o tratamiento que debilite el sistema inmunitario.',
    ),
    unsureAbout: voiced(
      'si tiene VIH u otra enfermedad o tratamiento que debilite el sistema inmunitario',
      'si el paciente tiene VIH u otra enfermedad o tratamiento que debilite el sistema inmunitario',
    ),
  },
  'shingles-risk': {
    text: voiced(
      'Dígale a su dermatólogo sobre su culebrilla, su herpes labial o su eccema herpético.',
      'Dígale al dermatólogo sobre la culebrilla, el herpes labial o el eccema herpético del paciente.',
    ),
    unsureAbout: voiced(
      'si ha tenido culebrilla, herpes labial seguido o eccema herpético',
      'si el paciente ha tenido culebrilla, herpes labial seguido o eccema herpético',
    ),
  },
  'endemic-mycoses': {
    text: voiced(
      'Dígale a su dermatólogo dónde ha vivido o viajado. Algunas infecciones de los pulmones causadas por hongos son comunes en ciertos lugares.',
      'Dígale al dermatólogo dónde ha vivido o viajado el paciente. Algunas infecciones de los pulmones causadas por hongos son comunes en ciertos lugares.',
    ),
    unsureAbout: voiced(
      'si ha vivido o viajado a un lugar donde son comunes las infecciones de los pulmones causadas por hongos',
      'si el paciente ha vivido o viajado a un lugar donde son comunes las infecciones de los pulmones causadas por hongos',
    ),
  },
  'shingles-vaccine': {
    text: voiced(
      'Pregunte si necesita la vacuna contra la culebrilla (Shingrix) antes de empezar un tratamiento nuevo.',
      'Pregunte si el paciente necesita la vacuna contra la culebrilla (Shingrix) antes de empezar un tratamiento nuevo.',
    ),
    unsureAbout: voiced('si se ha puesto la vacuna contra la culebrilla (Shingrix)', 'si el paciente se ha puesto la vacuna contra la culebrilla (Shingrix)'),
  },
  'varicella-immunity': {
    text: voiced(
      'Pregunte si necesita la vacuna contra la varicela antes de empezar. No se puede poner durante el tratamiento.',
      'Pregunte si el paciente necesita la vacuna contra la varicela antes de empezar. No se puede poner durante el tratamiento.',
    ),
    unsureAbout: voiced('si ha tenido varicela o dos dosis de su vacuna', 'si el paciente ha tenido varicela o dos dosis de su vacuna'),
  },
  'live-vaccine': {
    text: voiced(
      'Dígale a su dermatólogo sobre la vacuna viva que se puso hace poco o que planea ponerse. Por ejemplo, la triple viral, la de la varicela y la de la fiebre amarilla.',
      'Dígale al dermatólogo sobre la vacuna viva que el paciente se puso hace poco o que planea ponerse. Por ejemplo, la triple viral, la de la varicela y la de la fiebre amarilla.',
    ),
    unsureAbout: voiced('si se puso o planea ponerse una vacuna viva por estas fechas', 'si el paciente se puso o planea ponerse una vacuna viva por estas fechas'),
  },
  pregnancy: {
    text: voiced(
      'Dígale a su dermatólogo que está embarazada. Pregunte qué tratamientos para el eccema se usan durante el embarazo.',
      'Dígale al dermatólogo que la paciente está embarazada. Pregunte qué tratamientos para el eccema se usan durante el embarazo.',
    ),
    unsureAbout: voiced('si está embarazada', 'si la paciente está embarazada'),
  },
  'pregnancy-planned': {
    text: voiced(
      'Dígale a su dermatólogo que espera quedar embarazada en el próximo año. Pregunte cómo encaja eso con cada tratamiento.',
      'Dígale al dermatólogo que la paciente espera quedar embarazada en el próximo año. Pregunte cómo encaja eso con cada tratamiento.',
    ),
    unsureAbout: voiced('si planea un embarazo en el próximo año', 'si la paciente planea un embarazo en el próximo año'),
  },
  contraception: {
    text: voiced(
      'Pregunte qué anticonceptivo necesitaría durante el tratamiento, y por cuánto tiempo después de dejarlo.',
      'Pregunte qué anticonceptivo necesitaría el paciente durante el tratamiento, y por cuánto tiempo después de dejarlo.',
    ),
    unsureAbout: voiced('si podría quedar embarazada', 'si la paciente podría quedar embarazada'),
  },
  breastfeeding: {
    text: voiced(
      'Dígale a su dermatólogo que está dando pecho. Pregunte qué tratamientos se pueden usar mientras da pecho.',
      'Dígale al dermatólogo que el paciente está dando pecho. Pregunte qué tratamientos se pueden usar mientras da pecho.',
    ),
    unsureAbout: voiced('si está dando pecho', 'si el paciente está dando pecho'),
  },
  'age-65-plus': {
    text: voiced('Pregunte cómo afecta su edad a la elección del tratamiento y a la dosis.', 'Pregunte cómo afecta la edad del paciente a la elección del tratamiento y a la dosis.'),
  },
  'age-below-approved': {
    text: voiced(
      'Pregunte qué tratamientos para el eccema están aprobados para su edad y su peso.',
      'Pregunte qué tratamientos para el eccema están aprobados para la edad y el peso del paciente.',
    ),
    unsureAbout: voiced('si pesa menos de 40 kg (88 libras)', 'si el paciente pesa menos de 40 kg (88 libras)'),
  },
  'cardiovascular-history': {
    text: voiced(
      'Dígale a su dermatólogo sobre su ataque al corazón, su derrame cerebral u otro problema del corazón o de los vasos sanguíneos.',
      'Dígale al dermatólogo sobre el ataque al corazón, el derrame cerebral u otro problema del corazón o de los vasos sanguíneos del paciente.',
    ),
    unsureAbout: voiced(
      'si ha tenido un ataque al corazón, un derrame cerebral o arterias tapadas',
      'si el paciente ha tenido un ataque al corazón, un derrame cerebral o arterias tapadas',
    ),
  },
  'cardiovascular-risk': {
    text: voiced(
      'Pregunte cómo afectan la salud de su corazón y su edad a los riesgos de cada tratamiento.',
      'Pregunte cómo afectan la salud del corazón y la edad del paciente a los riesgos de cada tratamiento.',
    ),
  },
  'cardiovascular-risk-under-50': {
    text: voiced(
      'Pregunte cómo afecta a cada tratamiento su presión arterial, su colesterol, su diabetes o las enfermedades del corazón en su familia.',
      'Pregunte cómo afecta a cada tratamiento la presión arterial, el colesterol, la diabetes o las enfermedades del corazón en la familia del paciente.',
    ),
  },
  diabetes: {
    text: voiced(
      'Dígale a su dermatólogo sobre su diabetes y los medicamentos que toma para ella.',
      'Dígale al dermatólogo sobre la diabetes del paciente y los medicamentos que toma para ella.',
    ),
  },
  smoking: {
    text: voiced('Dígale a su dermatólogo que fuma o que fumaba antes, y por cuánto tiempo.', 'Dígale al dermatólogo que el paciente fuma o fumaba antes, y por cuánto tiempo.'),
  },
  'blood-clot': {
    text: voiced(
      'Dígale a su dermatólogo sobre su coágulo de sangre o su problema de coagulación.',
      'Dígale al dermatólogo sobre el coágulo de sangre o el problema de coagulación del paciente.',
    ),
    unsureAbout: voiced(
      'si ha tenido un coágulo de sangre o tiene un problema de coagulación',
      'si el paciente ha tenido un coágulo de sangre o tiene un problema de coagulación',
    ),
  },
  'clot-risk-factors': {
    text: voiced(
      'Pregunte si su anticonceptivo, su terapia hormonal o su peso hacen más probable un coágulo de sangre con estos medicamentos.',
      'Pregunte si el anticonceptivo, la terapia hormonal o el peso del paciente hacen más probable un coágulo de sangre con estos medicamentos.',
    ),
    unsureAbout: voiced('si usa anticonceptivos u hormonas con estrógeno', 'si el paciente usa anticonceptivos u hormonas con estrógeno'),
  },
  'cancer-active': {
    text: voiced(
      'Dígale a su dermatólogo sobre su cáncer y su tratamiento ahora o en los últimos 5 años.',
      'Dígale al dermatólogo sobre el cáncer del paciente y su tratamiento ahora o en los últimos 5 años.',
    ),
    unsureAbout: voiced(
      'si tiene cáncer ahora o recibió tratamiento para el cáncer en los últimos 5 años',
      'si el paciente tiene cáncer ahora o recibió tratamiento para el cáncer en los últimos 5 años',
    ),
  },
  'cancer-history': {
    text: voiced(
      'Dígale a su dermatólogo sobre su cáncer, cuándo lo encontraron y cómo se trató.',
      'Dígale al dermatólogo sobre el cáncer del paciente, cuándo lo encontraron y cómo se trató.',
    ),
  },
  'skin-cancer-history': {
    text: voiced(
      'Pregunte cada cuánto necesitaría revisiones de la piel, y cómo proteger su piel del sol.',
      'Pregunte cada cuánto necesitaría el paciente revisiones de la piel, y cómo proteger la piel del sol.',
    ),
  },
  'liver-disease': {
    text: voiced(
      'Dígale a su dermatólogo sobre su enfermedad del hígado. Lleve resultados recientes de pruebas del hígado si los tiene.',
      'Dígale al dermatólogo sobre la enfermedad del hígado del paciente. Lleve resultados recientes de pruebas del hígado si los hay.',
    ),
    unsureAbout: voiced('si tiene una enfermedad del hígado, o qué tan grave es', 'si el paciente tiene una enfermedad del hígado, o qué tan grave es'),
  },
  'liver-disease-mild': {
    text: voiced(
      'Dígale a su dermatólogo sobre su problema del hígado. Tal vez necesite análisis de sangre del hígado.',
      'Dígale al dermatólogo sobre el problema del hígado del paciente. Tal vez se necesiten análisis de sangre del hígado.',
    ),
  },
  'kidney-disease': {
    text: voiced(
      'Dígale a su dermatólogo sobre su enfermedad de los riñones o su diálisis. Lleve resultados recientes de pruebas de los riñones si los tiene.',
      'Dígale al dermatólogo sobre la enfermedad de los riñones o la diálisis del paciente. Lleve resultados recientes de pruebas de los riñones si los hay.',
    ),
    unsureAbout: voiced('si tiene una enfermedad de los riñones, o qué tan grave es', 'si el paciente tiene una enfermedad de los riñones, o qué tan grave es'),
  },
  'kidney-disease-moderate': {
    text: voiced(
      'Dígale a su dermatólogo sobre su enfermedad de los riñones. La dosis de algunos medicamentos depende de las pruebas de los riñones.',
      'Dígale al dermatólogo sobre la enfermedad de los riñones del paciente. La dosis de algunos medicamentos depende de las pruebas de los riñones.',
    ),
  },
  'gut-perforation': {
    text: voiced(
      'Dígale a su dermatólogo sobre su diverticulitis o su problema del estómago o del intestino.',
      'Dígale al dermatólogo sobre la diverticulitis o el problema del estómago o del intestino del paciente.',
    ),
    unsureAbout: voiced(
      'si ha tenido diverticulitis o un desgarro en el estómago o el intestino',
      'si el paciente ha tenido diverticulitis o un desgarro en el estómago o el intestino',
    ),
  },
  'low-blood-counts': {
    text: voiced(
      'Dígale a su dermatólogo sobre sus conteos sanguíneos bajos. Lleve resultados recientes de análisis de sangre si los tiene.',
      'Dígale al dermatólogo sobre los conteos sanguíneos bajos del paciente. Lleve resultados recientes de análisis de sangre si los hay.',
    ),
    unsureAbout: voiced(
      'si le dijeron que tiene conteos sanguíneos bajos en el último año',
      'si al paciente le dijeron que tiene conteos sanguíneos bajos en el último año',
    ),
  },
  antiplatelet: {
    text: voiced(
      'Dígale a su dermatólogo el nombre de su antiagregante plaquetario, como clopidogrel (Plavix), y por qué lo toma.',
      'Dígale al dermatólogo el nombre del antiagregante plaquetario del paciente, como clopidogrel (Plavix), y por qué lo toma.',
    ),
  },
  'aspirin-dose': {
    text: voiced('Dígale a su dermatólogo la dosis de su aspirina y por qué la toma.', 'Dígale al dermatólogo la dosis de aspirina del paciente y por qué la toma.'),
  },
  anticoagulant: {
    text: voiced(
      'Dígale a su dermatólogo el nombre de su anticoagulante, como Eliquis, Xarelto o Coumadin, y por qué lo toma.',
      'Dígale al dermatólogo el nombre del anticoagulante del paciente, como Eliquis, Xarelto o Coumadin, y por qué lo toma.',
    ),
  },
  'immunosuppressant-combination': {
    text: voiced(
      'Dígale a su dermatólogo sobre cada medicamento que toma que calma su sistema inmunitario. Esto incluye inyecciones para otros problemas de salud.',
      'Dígale al dermatólogo sobre cada medicamento que toma el paciente que calma el sistema inmunitario. Esto incluye inyecciones para otros problemas de salud.',
    ),
  },
  'cyp3a4-inhibitor': {
    text: voiced(
      'Dígale a su dermatólogo el nombre de su medicamento para hongos, antibiótico o medicamento para el VIH, o si toma Paxlovid. Puede cambiar cómo funcionan otros medicamentos.',
      'Dígale al dermatólogo el nombre del medicamento para hongos, antibiótico o medicamento para el VIH del paciente, o si toma Paxlovid. Puede cambiar cómo funcionan otros medicamentos.',
    ),
  },
  'cyp3a4-inducer': {
    text: voiced(
      'Dígale a su dermatólogo el nombre de su medicamento para las convulsiones, su antibiótico para la TB o si toma hierba de San Juan. Puede cambiar cómo funcionan otros medicamentos.',
      'Dígale al dermatólogo el nombre del medicamento para las convulsiones, el antibiótico para la TB del paciente o si toma hierba de San Juan. Puede cambiar cómo funcionan otros medicamentos.',
    ),
  },
  'cyp2c19-inhibitor': {
    text: voiced(
      'Dígale a su dermatólogo si toma fluvoxamina (Luvox) o fluoxetina (Prozac). Puede cambiar la dosis de otros medicamentos.',
      'Dígale al dermatólogo que el paciente toma fluvoxamina (Luvox) o fluoxetina (Prozac). Puede cambiar la dosis de otros medicamentos.',
    ),
  },
  'cyp2c19-cyp2c9-inhibitor': {
    text: voiced('Dígale a su dermatólogo si toma fluconazol (Diflucan), y cada cuánto.', 'Dígale al dermatólogo que el paciente toma fluconazol (Diflucan), y cada cuánto.'),
  },
  'gi-perforation-risk-medicines': {
    text: voiced(
      'Dígale a su dermatólogo cada cuánto toma ibuprofeno, naproxeno o esteroides en pastillas.',
      'Dígale al dermatólogo cada cuánto toma el paciente ibuprofeno, naproxeno o esteroides en pastillas.',
    ),
  },
  'systemic-corticosteroid': {
    text: voiced(
      'Dígale a su dermatólogo el nombre y la dosis de sus esteroides en pastillas. No los deje por su cuenta.',
      'Dígale al dermatólogo el nombre y la dosis de los esteroides en pastillas del paciente. No los deje sin hablar con quien los recetó.',
    ),
  },
  probenecid: {
    text: voiced(
      'Dígale a su dermatólogo que toma probenecid. Puede cambiar la dosis de algunos medicamentos.',
      'Dígale al dermatólogo que el paciente toma probenecid. Puede cambiar la dosis de algunos medicamentos.',
    ),
  },
  'mild-disease': { text: voiced('Pregunte qué tratamientos van bien con un eccema como el suyo.', 'Pregunte qué tratamientos van bien con un eccema como el del paciente.') },
  'severe-disease-cream': {
    text: voiced(
      'Pregunte si una crema sola es suficiente para un eccema tan fuerte como el suyo.',
      'Pregunte si una crema sola es suficiente para un eccema tan fuerte como el del paciente.',
    ),
  },
  'cream-area-limit': {
    text: voiced('Pregunte en cuánta de su piel se puede usar la crema.', 'Pregunte en cuánta de la piel del paciente se puede usar la crema.'),
    unsureAbout: voiced('cuánta de su piel tiene eccema', 'cuánta de la piel del paciente tiene eccema'),
  },
};

/** An unsure flag's patient text: the open question, never a fact (rules/flagText.ts flagPatientText, in Spanish). */
export function unsurePatientTextEs(about: Wording | undefined, voice: keyof Wording): string {
  if (!about) return voice === 'self' ? 'Una de sus respuestas fue “no sé”. Dígaselo a su dermatólogo, que puede ayudar a averiguarlo.' : 'Una de las respuestas fue “no sé”. Dígaselo al dermatólogo, que puede ayudar a averiguarlo.';
  // "No está claro si…": no gendered "seguro/segura" for the person.
  return voice === 'self'
    ? `No está claro ${about.self}. Dígaselo a su dermatólogo, que puede ayudar a averiguarlo.`
    : `No se sabe ${about.other}. Dígaselo al dermatólogo, que puede ayudar a averiguarlo.`;
}

/** The points from preferences, mood and the conversation starters (rules/discussionPoints.ts), by point id. */
export const POINT_TEXT_ES: Readonly<Record<string, Wording>> = {
  'preference-fastItchRelief': voiced('Pregunte qué tan rápido suele ayudar cada opción con la picazón.', 'Pregunte qué tan rápido suele ayudar cada opción con la picazón.'),
  'preference-noInjections': voiced('Dígale a su dermatólogo que prefiere no recibir inyecciones.', 'Dígale al dermatólogo que no se quieren inyecciones, si hay opción.'),
  'preference-noDailyPill': voiced('Dígale a su dermatólogo que prefiere no tomar una pastilla todos los días.', 'Dígale al dermatólogo que no se quiere una pastilla diaria, si hay opción.'),
  'preference-preferCream': voiced(
    'Dígale a su dermatólogo que prefiere una crema, y pregunte si una podría funcionar para su eccema.',
    'Dígale al dermatólogo que se prefiere una crema, y pregunte si una podría funcionar.',
  ),
  'preference-costConcern': voiced(
    'Pregunte por el costo, la aprobación del seguro médico y los programas de ayuda de los fabricantes.',
    'Pregunte por el costo, la aprobación del seguro médico y los programas de ayuda de los fabricantes.',
  ),
  'preference-fewerBloodTests': voiced('Pregunte qué análisis de sangre necesita cada opción, y cada cuánto.', 'Pregunte qué análisis de sangre necesita cada opción, y cada cuánto.'),
  mood: voiced(
    'Dígale a su dermatólogo cómo afecta el eccema a su estado de ánimo, su sueño y su vida diaria.',
    'Dígale al dermatólogo cómo afecta el eccema al estado de ánimo, el sueño y la vida diaria del paciente.',
  ),
  'mood-unsure': voiced(
    'Dígale a su dermatólogo si el eccema afecta su estado de ánimo, su sueño o su vida diaria.',
    'Dígale al dermatólogo si el eccema afecta el estado de ánimo, el sueño o la vida diaria del paciente.',
  ),
  'starter-control': voiced('¿Es posible controlar mejor mi eccema?', '¿Es posible controlar mejor el eccema?'),
  'starter-jak-fit': voiced('¿Es un inhibidor de JAK una buena opción para mí? ¿Por qué sí o por qué no?', '¿Es un inhibidor de JAK una buena opción en este caso? ¿Por qué sí o por qué no?'),
  'starter-flares': voiced('¿Qué debo hacer durante los brotes?', '¿Qué debemos hacer durante los brotes?'),
  'starter-no-improvement': voiced('¿Qué debo hacer si no veo ninguna mejoría?', '¿Qué debemos hacer si no hay ninguna mejoría?'),
  'starter-checkups': voiced('¿Cada cuánto debo venir a revisiones?', '¿Cada cuánto se necesitan revisiones?'),
};

/** lib/summary/viewModel.ts PATIENT_STATEMENT, in Spanish. */
export const PATIENT_STATEMENT_ES =
  'Hecho con sus propias respuestas. No es un diagnóstico ni una receta. Tráigalo a su cita: su dermatólogo lo revisa y decide con usted.';

/** lib/summary/patientNotices.ts URGENT_HELP_NOTICE, in Spanish (same groups, same order, same signs). */
export const URGENT_HELP_NOTICE_ES = {
  heading: 'Cuándo buscar ayuda de inmediato',
  intro: 'Este aviso es el mismo en todos los resúmenes. Si usa un inhibidor de JAK:',
  groups: [
    {
      heading: 'Llame ahora a su número de emergencias si tiene',
      items: [
        'dolor o presión en el pecho',
        'señales de un derrame cerebral: debilidad en un lado del cuerpo, la cara caída, dificultad para hablar',
        'señales de un coágulo de sangre: una pierna hinchada y con dolor, dolor de pecho de repente o dificultad para respirar',
        'una reacción alérgica grave: hinchazón de la cara, los labios, la lengua o la garganta, o dificultad para respirar',
      ],
    },
    {
      heading: 'Llame a su médico el mismo día si tiene',
      items: [
        'señales de infección: fiebre, tos, ardor al orinar, o sentirse muy mal',
        'un sarpullido doloroso con ampollas (culebrilla)',
        'un dolor fuerte de estómago con fiebre o vómitos',
        'un cambio repentino en cómo ve (upadacitinib)',
        'moretones o sangrado fuera de lo normal',
      ],
    },
  ],
  after: 'Si no sabe qué hacer, llame. Guarde esta página con sus medicamentos.',
} as const;

/** lib/summary/patientNotices.ts WHAT_TO_EXPECT, in Spanish. */
export const WHAT_TO_EXPECT_ES: readonly { heading: string; items: readonly string[] }[] = [
  {
    heading: 'Antes de empezar una pastilla de inhibidor de JAK',
    items: [
      'Primero, pruebas: una prueba de TB, análisis de sangre para la hepatitis B y C, un conteo sanguíneo, el colesterol, y pruebas del hígado y de los riñones.',
      'Una prueba de embarazo, si podría quedar embarazada.',
      'Una revisión de sus vacunas. Las vacunas vivas se ponen antes del tratamiento, no durante.',
    ],
  },
  {
    heading: 'Durante el tratamiento',
    items: [
      'No deje ni cambie un medicamento que toma ahora a menos que se lo diga el médico que se lo recetó.',
      'Algunos análisis de sangre otra vez en los primeros 1 a 3 meses, y luego de vez en cuando.',
      'Revisiones de la piel de vez en cuando. Proteja su piel del sol.',
      'Con upadacitinib (Rinvoq), no coma toronja ni tome jugo de toronja.',
    ],
  },
  {
    heading: 'Lleve a su cita',
    items: ['Este resumen.', 'Una lista de todos sus medicamentos, vitaminas y suplementos.', 'Los resultados de pruebas o los registros de vacunas que tenga.'],
  },
];
