/**
 * The clinician's part of the summary in Spanish (issue 14, item 4), by rule, question and check id: translations of
 * the English texts in rules/*.ts (title, unsure title, trigger titles, detail), the questions' `short` labels
 * (lib/questionnaire/questions.ts) and rules/baselineChecks.ts. Terse clinical Spanish for a dermatologist, so page 1
 * still fits one printed page; label sections, doses, thresholds and drug names exactly as in English; nothing
 * clinical added (docs/i18n/glossary-es.md, "Clinician part"). Checked complete by
 * __tests__/lib/summary/clinicianWordsEs.test.ts.
 */

/** One rule's clinician words. `triggers`: by the rule's trigger index, only for triggers with a title of their own. */
export interface RuleClinicianEs {
  readonly title: string;
  readonly unsureTitle?: string;
  readonly triggers?: Readonly<Record<number, { readonly title: string; readonly unsureTitle?: string }>>;
  readonly detail: string;
}

const CREAM_SAME_BOXED = 'La crema de ruxolitinib lleva el mismo recuadro de advertencia (ficha 2026-06); su exposición sistémica es menor que la de los orales.';

export const RULE_CLINICIAN_ES: Readonly<Record<string, RuleClinicianEs>> = {
  'jak-allergy': {
    title: 'Reacción alérgica a un inhibidor de JAK',
    detail:
      'La hipersensibilidad al principio activo o a los excipientes es contraindicación de upadacitinib (US §4, EU 4.3), abrocitinib (EU 4.3) y baricitinib (EU 4.3); con upadacitinib se notificaron anafilaxia y angioedema (§5.6). La ficha US de la crema de ruxolitinib no lista contraindicaciones; el EU 4.3 de los orales lista hipersensibilidad, por lo que un fármaco nombrado se califica advertencia para la crema. Un fármaco no nombrado es advertencia (reactividad cruzada desconocida), salvo reacción solo cutánea donde se aplicó una crema y fármacos conocidos: entonces, comentar.',
  },
  'prior-jak': {
    title: 'Inhibidor de JAK usado antes',
    detail:
      'Preguntar cuál, cuánto tiempo, la respuesta y por qué se suspendió (ver historial de tratamientos). Los inhibidores de JAK no se combinan entre sí (limitación de uso, US §1; crema §1.3).',
  },
  'current-systemic-treatment': {
    title: 'Tratamiento sistémico del eccema ahora',
    detail:
      'Tratamiento sistémico en uso (inmunosupresor, biológico o inhibidor de JAK oral). No se recomienda combinar con biológicos, otros inhibidores de JAK o inmunosupresores potentes (limitación de uso, US §1; crema §1.3; baricitinib EU 4.5): planificar un cambio, no una combinación.',
  },
  'no-prior-systemic': {
    title: 'Sin tratamiento sistémico previo',
    detail:
      'No cuentan los corticoides orales. Upadacitinib y abrocitinib (US) están indicados en DA moderada a grave refractaria, no controlada con otros sistémicos, incluidos biológicos, o cuando estos no son aconsejables (§1); la indicación UE/RU es candidatos a terapia sistémica. Relevante para la indicación y los requisitos del pagador.',
  },
  'no-prior-topical': {
    title: 'Sin tópico con receta previo',
    detail:
      'La crema de ruxolitinib está indicada cuando los tópicos con receta no controlan la enfermedad o no son aconsejables (US §1); la indicación US de los orales es enfermedad refractaria (§1).',
  },
  'active-infection': {
    title: 'Infección o fiebre ahora (tratada o no)',
    detail:
      'Fichas US: evitar en infección grave activa, incluso localizada (recuadro de advertencia, §5.1 de upadacitinib y abrocitinib); las SmPC UE de upadacitinib y abrocitinib la listan como contraindicación (4.3). Baricitinib: EU 4.3 lista solo hipersensibilidad y embarazo; no iniciar durante una infección grave activa (4.4). Crema de ruxolitinib: evitar en infección grave activa, incluso localizada (recuadro, §5.1). Cuentan eccema infectado, exudativo o con costras, forúnculos y herpes labial que se extiende. La exposición sistémica de la crema es menor que la de los orales, pero su ficha US lleva el mismo recuadro.',
  },
  'frequent-infections': {
    title: 'Infecciones frecuentes o con ingreso hospitalario',
    detail:
      'Las fichas piden sopesar riesgos y beneficios antes de iniciar en infección crónica o recurrente o tras una infección grave u oportunista (US §5.1 de upadacitinib, abrocitinib y crema de ruxolitinib). La exposición sistémica de la crema es menor que la de los orales, pero su ficha US lleva el mismo recuadro.',
  },
  tuberculosis: {
    title: 'Tuberculosis o prueba de TB positiva previa',
    detail:
      'Inhibidores de JAK orales: evaluar TB activa y latente antes de iniciar; no recomendados en TB activa (US §2.1), contraindicados en TB activa (EU 4.3); tratar la TB latente antes de iniciar. Crema de ruxolitinib: considerar evaluación de TB latente y activa (§5.1).',
  },
  'tb-exposure': {
    title: 'Posible exposición a TB',
    detail:
      'Contacto estrecho con TB, o residencia o viaje a zona de TB frecuente: descartar TB latente antes de iniciar y tratarla primero (US §2.1 / §5.1); abrocitinib: considerar cribado anual en zonas muy endémicas (§5.1); crema de ruxolitinib: considerar evaluación de TB (§5.1).',
  },
  'hepatitis-b': {
    title: 'Hepatitis B previa',
    detail:
      'Lo que informa el paciente no muestra si la hepatitis B está activa: deciden las pruebas. Cribado de hepatitis viral antes de iniciar (US §2.1); no recomendado en hepatitis B activa (upadacitinib, abrocitinib §2.1; crema de ruxolitinib §5.1). Baricitinib (EU): si anti-HBc positivo y HBsAg negativo, vigilar ADN del VHB (4.4). Las fichas piden vigilar la reactivación viral.',
  },
  'hepatitis-c': {
    title: 'Hepatitis C previa',
    detail:
      'Lo que informa el paciente no muestra si la hepatitis C está activa: deciden las pruebas. Cribado de hepatitis viral antes de iniciar (US §2.1); no recomendado en hepatitis C activa (upadacitinib, abrocitinib §2.1; crema de ruxolitinib §5.1).',
  },
  'weak-immune-system': {
    title: 'VIH u otra inmunodeficiencia',
    detail:
      'Las fichas piden sopesar riesgos y beneficios en condiciones que predisponen a infección (US §5.1). La crema de ruxolitinib está indicada solo en pacientes no inmunodeprimidos (§1).',
  },
  'shingles-risk': {
    title: 'Herpes zóster, herpes labial frecuente o eccema herpético',
    detail:
      'Herpes zóster y herpes simple estuvieron entre las infecciones graves más frecuentes con abrocitinib en ensayos de DA (US §5.1); EU abrocitinib lista el zóster previo como factor de riesgo de zóster (4.4). Crema de ruxolitinib: considerar interrumpir ante reactivación herpética (§5.1).',
  },
  'endemic-mycoses': {
    title: 'Residencia o viaje a zona de micosis endémicas',
    detail:
      'Residir o viajar a zonas de micosis endémicas (p. ej., histoplasmosis, coccidioidomicosis, blastomicosis) está entre las situaciones en que las fichas piden sopesar riesgos y beneficios antes de iniciar; las infecciones fúngicas invasivas están en el recuadro de advertencia (US §5.1 de upadacitinib, abrocitinib y crema de ruxolitinib).',
  },
  'shingles-vaccine': {
    title: 'Sin vacuna contra el zóster',
    unsureTitle: 'Sin certeza: vacuna contra el zóster',
    detail:
      'Fichas: completar las vacunas, incluida la de herpes zóster, según las guías vigentes antes de iniciar (upadacitinib, abrocitinib US §2.1). CDC: dos dosis de vacuna recombinante contra el zóster en adultos de 19 años o más inmunodeprimidos o que lo estarán, y en todos los de 50 años o más.',
  },
  'varicella-immunity': {
    title: 'Sin varicela ni vacuna contra la varicela',
    unsureTitle: 'Sin certeza: varicela o su vacuna',
    detail:
      'Inmunidad a varicela no establecida. Completar las vacunas antes de iniciar (upadacitinib, abrocitinib US §2.1); la vacuna de la varicela es viva, y las vacunas vivas se evitan durante e inmediatamente antes del tratamiento (upadacitinib US §5, abrocitinib US §5.7, baricitinib EU 4.4): si hace falta, darla antes del inicio.',
  },
  'live-vaccine': {
    title: 'Vacuna viva reciente o prevista',
    detail:
      'Inhibidores de JAK orales: evitar vacunas vivas durante o inmediatamente antes del tratamiento (upadacitinib US §5; abrocitinib US §5.7 y EU 4.4; baricitinib EU 4.4).',
  },
  pregnancy: {
    title: 'Embarazada ahora',
    detail:
      'Las SmPC UE contraindican upadacitinib, abrocitinib y baricitinib en el embarazo (4.3); US: verificar embarazo antes de iniciar upadacitinib (toxicidad embriofetal en animales, §8.1/§8.3); hay registros de embarazo. Crema de ruxolitinib: registro de embarazo US (§8.1); el prospecto UE contraindica el embarazo.',
  },
  'pregnancy-planned': {
    title: 'Planea un embarazo en los próximos 12 meses',
    detail:
      'Los inhibidores de JAK orales requieren anticoncepción eficaz durante el tratamiento y tras la última dosis (upadacitinib 4 semanas, US §8.3; abrocitinib EU 1 mes; baricitinib EU al menos 1 semana). Crema de ruxolitinib (prospecto UE): anticoncepción hasta 4 semanas tras el último uso.',
  },
  contraception: {
    title: 'Podría quedar embarazada: anticoncepción',
    unsureTitle: 'Sin certeza de posible embarazo: anticoncepción',
    detail:
      'No se informó embarazo actual. La anticoncepción durante y tras el tratamiento varía por fármaco: upadacitinib 4 semanas tras la última dosis (US §8.3); abrocitinib (EU) 1 mes; baricitinib (EU) al menos 1 semana; crema de ruxolitinib (prospecto UE) 4 semanas. Indicación de anticoncepción de abrocitinib US: NO VERIFICADA en nuestras fuentes.',
  },
  breastfeeding: {
    title: 'Lactancia ahora',
    detail:
      'Abrocitinib: contraindicado en la lactancia (EU 4.3). Upadacitinib: no amamantar durante el tratamiento ni 6 días tras la última dosis (US §8.2). Crema de ruxolitinib: evitar amamantar durante el uso y unas 4 semanas tras la última dosis (§8.2). Baricitinib (EU): no durante la lactancia (4.6). Lavado de abrocitinib US (se cree 1 día): NO VERIFICADO.',
  },
  'age-65-plus': {
    title: '65 años o más',
    detail:
      'EMA (2023): en personas de 65 años o más, usar inhibidores de JAK solo si no hay alternativa adecuada, a dosis menor si es posible. Upadacitinib US: 15 mg en adultos de 65 o más (§2). Abrocitinib EU: 100 mg desde 65; baricitinib EU: 2 mg desde 65 (4.2).',
  },
  'age-below-approved': {
    title: 'Menor de una edad aprobada',
    triggers: {
      0: { title: 'Menor de 2 años (por debajo de toda edad aprobada)' },
      1: { title: 'Menor de 12 años (upadacitinib y abrocitinib, aprobados desde 12)' },
      2: { title: 'Peso menor de 40 kg (12–17 años)', unsureTitle: 'Peso menor de 40 kg no conocido (12–17 años)' },
    },
    detail:
      'Mínimos de ficha: upadacitinib y abrocitinib aprobados en DA desde 12 años (US §1); crema de ruxolitinib (US §1) y baricitinib (UK/EU 4.1) desde 2 años. Upadacitinib US en menores de 18 requiere peso de al menos 40 kg (§2; límite de 40 kg visto en la copia actual del PI; no se vio una ficha US más reciente de 2026).',
  },
  'cardiovascular-history': {
    title: 'Infarto, ictus, AIT o arterias obstruidas',
    detail: `Recuadro de advertencia: eventos cardiovasculares adversos mayores (MACE); US: suspender tras un IAM o ictus en tratamiento (§5.4). EMA: en enfermedad cardiovascular aterosclerótica usar solo si no hay alternativa adecuada. ${CREAM_SAME_BOXED}`,
  },
  'cardiovascular-risk': {
    title: '50 años o más con un factor de riesgo cardíaco',
    detail: `Al menos un factor de riesgo cardiovascular (hipertensión, colesterol alto, diabetes o cardiopatía familiar precoz) a los 50 o más: la población de ORAL Surveillance (tofacitinib vs anti-TNF, MACE HR 1,33) en la que se basa el recuadro (US §5.4). ${CREAM_SAME_BOXED}`,
  },
  'cardiovascular-risk-under-50': {
    title: 'Factor de riesgo cardíaco, menor de 50',
    detail:
      'Un factor de riesgo cardiovascular (hipertensión, colesterol alto, diabetes o cardiopatía familiar precoz) antes de los 50. EMA: inhibidores de JAK solo si no hay alternativa adecuada en personas con mayor riesgo cardiovascular mayor, a cualquier edad; la población del recuadro US es de 50 o más.',
  },
  diabetes: {
    title: 'Diabetes',
    detail:
      'La diabetes está entre las condiciones que predisponen a infección, donde las fichas piden sopesar riesgos y beneficios (US §5.1). Crema de ruxolitinib: los inhibidores de JAK orales han causado hipoglucemia en personas con diabetes (§5.7).',
  },
  smoking: {
    title: 'Fumador actual o exfumador',
    detail:
      'Recuadro de advertencia: fumadores actuales o previos tienen más riesgo de neoplasia y MACE (US §5.3–5.4 de upadacitinib, abrocitinib y crema de ruxolitinib). EMA: en fumadores actuales o de larga data usar solo si no hay alternativa adecuada.',
  },
  'blood-clot': {
    title: 'Coágulo (TVP/EP) o trastorno de coagulación',
    detail: `Recuadro de advertencia: trombosis (TVP, EP, arterial). Upadacitinib US: evitar con mayor riesgo de trombosis (§5.5); EU: precaución con factores de riesgo de TEV (4.4). Crema de ruxolitinib: mismo recuadro (§5.5). ${CREAM_SAME_BOXED}`,
  },
  'clot-risk-factors': {
    title: 'Riesgo de coágulos: estrógeno anticonceptivo, TRH u obesidad',
    detail:
      'La anticoncepción hormonal combinada (con estrógeno) o la TRH, y la obesidad, son factores de riesgo de TEV listados en las SmPC UE (4.4), donde los inhibidores de JAK se usan con precaución.',
  },
  'cancer-active': {
    title: 'Cáncer ahora o tratado en los últimos 5 años',
    detail:
      'Neoplasia conocida distinta de un cáncer de piel no melanoma tratado con éxito: recuadro de advertencia por neoplasia (US §5.3); EMA: con neoplasia actual o previa usar solo si no hay alternativa adecuada. Crema de ruxolitinib: mismo recuadro (§5.3).',
  },
  'cancer-history': {
    title: 'Cáncer previo (no cáncer de piel no melanoma)',
    detail:
      'Recuadro de advertencia: neoplasia (linfoma y cáncer de pulmón más frecuentes con otro inhibidor de JAK en AR; US §5.3). EMA: con neoplasia actual o previa usar solo si no hay alternativa adecuada. Crema de ruxolitinib: mismo recuadro (§5.3). Ver la respuesta "cáncer ahora o en los últimos 5 años".',
  },
  'skin-cancer-history': {
    title: 'Cáncer de piel previo',
    detail:
      'Fichas: examen de piel periódico si hay mayor riesgo de cáncer de piel; limitar sol y UV (abrocitinib §5.3). Se notificó cáncer de piel no melanoma con la crema de ruxolitinib (§5.3).',
  },
  'liver-disease': {
    title: 'Hepatopatía grave (cirrosis o insuficiencia hepática)',
    unsureTitle: 'Sin certeza: hepatopatía',
    detail:
      'Insuficiencia hepática grave (Child-Pugh C): upadacitinib y abrocitinib no recomendados (US §2) y contraindicados (EU 4.3); baricitinib no recomendado (EU 4.2). Pruebas hepáticas basales.',
  },
  'liver-disease-mild': {
    title: 'Hepatopatía leve',
    detail:
      'Insuficiencia hepática leve o moderada (Child-Pugh A/B): sin cambio de dosis de abrocitinib (US §2); confirmar el grado y controlar pruebas hepáticas basales y periódicas (upadacitinib §5.8).',
  },
  'kidney-disease': {
    title: 'Nefropatía grave o diálisis',
    triggers: {
      0: { title: 'En diálisis', unsureTitle: 'Sin certeza: nefropatía' },
      1: { title: 'Nefropatía grave' },
    },
    detail:
      'Abrocitinib (US §2): no recomendado en insuficiencia grave (TFGe <30), enfermedad terminal o diálisis. Upadacitinib (US §2): 15 mg en insuficiencia grave; no recomendado en enfermedad renal terminal (el rango de TFGe de "grave" está NO VERIFICADO en nuestras fuentes). Baricitinib (EU 4.2): TFGe <30 no recomendado.',
  },
  'kidney-disease-moderate': {
    title: 'Nefropatía moderada',
    detail: 'Abrocitinib: TFGe 30–59 inicia con 50 mg (US §2). Baricitinib: TFGe 30–60, 2 mg (EU 4.2). La función renal (TFGe) basal guía la dosis.',
  },
  'gut-perforation': {
    title: 'Diverticulitis o perforación gástrica o intestinal previa',
    detail:
      'Upadacitinib: advertencia de perforación gastrointestinal (§5.7). Baricitinib (EU 4.4): precaución en enfermedad diverticular, sobre todo con AINE, corticoides u opioides. Abrocitinib: a tener en cuenta; sin advertencia específica en nuestras fuentes.',
  },
  'low-blood-counts': {
    title: 'Recuentos sanguíneos bajos en el último año',
    detail:
      'Lo que informa el paciente no muestra los umbrales de ficha: decide un hemograma con diferencial. No iniciar si linfocitos <500/mm³, neutrófilos <1.000/mm³ o Hb <8 g/dL (upadacitinib §2.1/§5.8, abrocitinib §2.1, baricitinib EU 4.2); abrocitinib tampoco si plaquetas <150.000/mm³. Crema de ruxolitinib: se notificaron citopenias; valorar antecedentes (§5.6).',
  },
  antiplatelet: {
    title: 'Antiagregante (no aspirina)',
    detail:
      'Abrocitinib (US §4): contraindicado con antiagregantes distintos de aspirina a dosis baja en los 3 primeros meses (descenso precoz de plaquetas, riesgo de sangrado). El corte exacto de aspirina ("≤81 mg/día") está NO VERIFICADO en nuestras fuentes.',
  },
  'aspirin-dose': {
    title: 'Aspirina de más de 81 mg al día',
    detail:
      'Abrocitinib (US §4): la contraindicación con antiagregantes en los 3 primeros meses exceptúa la aspirina a dosis baja; hay que comprobar si esta dosis entra en la excepción (el corte "≤81 mg/día" está NO VERIFICADO en nuestras fuentes).',
  },
  anticoagulant: {
    title: 'Anticoagulante (warfarina, apixabán, rivaroxabán, dabigatrán o similar)',
    detail:
      'Abrocitinib inhibe la P-gp: aumentó la exposición a sustratos de P-gp de margen estrecho como dabigatrán (US §7; EU nombra dabigatrán), y las plaquetas bajan al inicio del tratamiento. El motivo del anticoagulante (coágulo previo, fibrilación auricular) es una cuestión de trombosis para todo inhibidor de JAK (recuadro de advertencia; §5.5).',
  },
  'immunosuppressant-combination': {
    title: 'Otro inmunosupresor o biológico',
    detail:
      'Inmunosupresores orales (ciclosporina, metotrexato, azatioprina, micofenolato, tacrolimus) o un biológico por cualquier causa. Limitación de uso: no combinar con otros inhibidores de JAK, inmunomoduladores biológicos o inmunosupresores potentes (upadacitinib, abrocitinib §1; crema de ruxolitinib §1.3; baricitinib EU 4.5).',
  },
  'cyp3a4-inhibitor': {
    title: 'Inhibidor potente de CYP3A4',
    detail:
      'Grupo de inhibidores potentes de CYP3A4 (ketoconazol, itraconazol, posaconazol, voriconazol, claritromicina, ritonavir incluido Paxlovid, cobicistat; ejemplos de listas CYP estándar). Upadacitinib: dosis máxima 15 mg con inhibidores potentes de CYP3A4 (redacción de la sección DA NO VERIFICADA en nuestras fuentes). Crema de ruxolitinib (§7): evitar la combinación (el ruxolitinib es sustrato de CYP3A4).',
  },
  'cyp3a4-inducer': {
    title: 'Inductor potente de CYP3A4',
    detail:
      'Grupo de inductores potentes (rifampina, carbamazepina, fenitoína, hierba de San Juan). Upadacitinib: no se recomienda con inductores potentes de CYP3A4 (§7). Abrocitinib: evitar inductores potentes de CYP2C19 o CYP2C9 como la rifampina (US §7).',
  },
  'cyp2c19-inhibitor': {
    title: 'Inhibidor potente de CYP2C19 (fluvoxamina o fluoxetina)',
    detail: 'Abrocitinib con inhibidores potentes de CYP2C19: 50 mg una vez al día, se puede subir a 100 mg (US §2, §7).',
  },
  'cyp2c19-cyp2c9-inhibitor': {
    title: 'Fluconazol (inhibe CYP2C19 y CYP2C9)',
    detail:
      'Abrocitinib (US §7): evitar inhibidores moderados a potentes de CYP2C19 y CYP2C9 a la vez; el fluconazol es uno. En un archivo de respuestas versión 1, "fluconazol, fluvoxamina o fluoxetina" también se lee como fluconazol: comprobar cuál toma.',
  },
  'gi-perforation-risk-medicines': {
    title: 'AINE o corticoides casi a diario (riesgo de perforación)',
    detail:
      'Upadacitinib: perforación gastrointestinal (US §5.7); el prospecto UE nombra AINE y corticoides entre los riesgos. Baricitinib (EU 4.4): precaución en enfermedad diverticular, sobre todo con AINE, corticoides u opioides.',
  },
  'systemic-corticosteroid': {
    title: 'Corticoides orales casi a diario',
    detail:
      'Recuadro de advertencia: la mayoría de quienes tuvieron infecciones graves tomaban inmunosupresores concomitantes como metotrexato o corticoides (recuadro US de upadacitinib y abrocitinib).',
  },
  probenecid: {
    title: 'Probenecid',
    detail: 'El probenecid es un inhibidor potente de OAT3. Baricitinib (EU 4.2, 4.5): 2 mg una vez al día con inhibidores potentes de OAT3.',
  },
  'mild-disease': {
    title: 'Eccema leve según el paciente',
    detail: 'Los inhibidores de JAK orales están indicados en DA moderada a grave (US §1: refractaria; UE/RU 4.1: candidatos a terapia sistémica).',
  },
  'severe-disease-cream': {
    title: 'Eccema grave referido (crema: leve a moderado)',
    detail: 'La crema de ruxolitinib está indicada en DA leve a moderada (US §1).',
  },
  'cream-area-limit': {
    title: 'Más del 20 % de piel (límite de la crema)',
    unsureTitle: 'Sin certeza de cuánta piel está afectada (límite de la crema: 20 %)',
    detail:
      'Crema de ruxolitinib (US §2.1): aplicar en no más del 20 % de la superficie corporal; como máximo un tubo de 60 g por semana o uno de 100 g cada 2 semanas (2–11 años: un tubo de 60 g cada 2 semanas).',
  },
};

/** The questions' `short` labels, as the clinician's page names them ("Hepatitis B ever"). */
export const QUESTION_SHORT_ES: Readonly<Record<string, string>> = {
  age: 'Edad (años)',
  under40kg: 'Pesa menos de 40 kg (88 lb)',
  pregnancyPossible: 'Podría quedar embarazada',
  pregnant: 'Embarazada ahora',
  planningPregnancy: 'Planea embarazo en los próximos 12 meses',
  breastfeeding: 'Lactancia ahora',
  hormonalContraception: 'Anticonceptivo con estrógeno o TRH',
  severity: 'Eccema en un día típico',
  bodyArea: 'Proporción de piel afectada',
  itchWorst24h: 'Peor picazón, últimas 24 h (0–10)',
  sleepNightsLost: 'Noches de sueño interrumpido, última semana (0–7)',
  treatmentsTried: 'Usado alguna vez para el eccema',
  treatmentsCurrent: 'En uso ahora',
  treatmentOutcomes: 'Resultado de cada tratamiento',
  topicalWeeks: 'Uso más largo de una crema con receta (semanas)',
  jakReaction: 'Reacción alérgica a un inhibidor de JAK',
  jakReactionDrugs: 'Inhibidor(es) de JAK de la reacción',
  jakReactionType: 'Tipo de reacción',
  infectionNow: 'Infección o fiebre ahora (tratada o no)',
  infectionsFrequent: 'Infecciones frecuentes u hospitalización por una',
  tbHistory: 'TB o prueba de TB positiva',
  tbExposure: 'Contacto con TB, o vivió o estuvo en zona de TB',
  hepatitisB: 'Hepatitis B alguna vez',
  hepatitisC: 'Hepatitis C alguna vez',
  hiv: 'VIH',
  weakImmuneSystem: 'Otra inmunodeficiencia',
  shinglesHistory: 'Herpes zóster alguna vez',
  coldSoresFrequent: 'Herpes labial frecuente o eccema herpético',
  shinglesVaccine: 'Vacuna contra el zóster (Shingrix) recibida',
  liveVaccinePlanned: 'Vacuna viva en los últimos o próximos 3 meses',
  chickenpoxImmune: 'Tuvo varicela o 2 dosis de su vacuna',
  fungalAreas: 'Vivió o estuvo en zona de micosis',
  smoking: 'Tabaquismo',
  heartAttackOrStroke: 'Infarto, ictus, AIT o arterias obstruidas',
  bloodClot: 'Coágulo en pierna (TVP) o pulmón (EP)',
  clottingDisorder: 'Trastorno que favorece la coagulación',
  heartRiskFactors: 'Factores de riesgo cardíaco',
  cancerHistory: 'Cáncer alguna vez',
  cancerActive: 'Cáncer ahora o tratado en los últimos 5 años',
  liverDisease: 'Hepatopatía',
  kidneyDisease: 'Nefropatía',
  gutPerforation: 'Diverticulitis o perforación gástrica o intestinal',
  lowBloodCounts: 'Recuentos sanguíneos bajos en el último año',
  medicines: 'Medicamentos ahora o pronto',
  medicinesOther: 'Otros medicamentos y suplementos',
  moodAffected: 'El eccema afecta mucho el ánimo o la vida diaria',
  preferences: 'Lo más importante',
  questionsForDoctor: 'Preguntas propias para el médico',
};

/** The baseline checks (rules/baselineChecks.ts), by id. */
export const BASELINE_CHECKS_ES: Readonly<Record<string, string>> = {
  'skin-check-first':
    'Examen de piel antes de iniciar (antecedente de cáncer de piel), luego periódico en tratamiento (abrocitinib §5.3/§17; crema de ruxolitinib §5.3).',
  'tb-test':
    'Prueba de TB (IGRA o cutánea; radiografía de tórax si indicada); tratar la TB latente antes de iniciar (upadacitinib, abrocitinib §2.1). Abrocitinib: considerar cribado anual en zonas muy endémicas (§5.1).',
  'hepatitis-tests':
    'Cribado de hepatitis viral antes de iniciar, según guías (fichas §2.1). Marcadores de guía: HBsAg, anti-HBc y anti-HBs; anticuerpo de hepatitis C (práctica reumatológica; baricitinib EU: vigilar ADN del VHB si anti-HBc positivo).',
  'blood-count':
    'Hemograma con diferencial. Abrocitinib §2.1: no se recomienda iniciar con plaquetas <150.000/mm³, linfocitos <500/mm³, neutrófilos <1.000/mm³ o hemoglobina <8 g/dL; repetir unas 4 semanas tras el inicio. Upadacitinib §2.1: no iniciar con linfocitos <500/mm³, neutrófilos <1.000/mm³ o hemoglobina <8 g/dL.',
  lipids: 'Perfil lipídico basal; de nuevo unas 12 semanas tras iniciar upadacitinib o baricitinib, unas 4 semanas tras iniciar abrocitinib.',
  'liver-tests': 'Enzimas hepáticas basales y periódicas (upadacitinib §5.8).',
  'kidney-function': 'Función renal (TFGe): guía la dosis de abrocitinib y baricitinib.',
  'pregnancy-test': 'Prueba de embarazo: verificar embarazo antes de iniciar (upadacitinib §8.3).',
  vaccines:
    'Vacunas al día antes de iniciar, con la recombinante contra zóster (Shingrix), según guías (§2.1); sin vacunas vivas durante o justo antes del tratamiento.',
  'chickenpox-immunity':
    'Inmunidad a varicela no informada: revisar antecedentes, registro de vacunas o serología; toda vacuna de varicela (viva), antes de iniciar.',
  'skin-check': 'Exámenes de piel periódicos en tratamiento, para todos (abrocitinib §17; crema de ruxolitinib §5.3); aconsejar protección solar.',
};
