/**
 * Las palabras para el personal de la clínica (staff.en.ts), en español neutro, de usted. Staff wording may be a
 * little more technical (código del personal, hash); the end-of-turn words (`finish`) are read by patients too.
 */
import type { Messages } from './en';

export const staffEs: Messages['staff'] = {
  setup: {
    title: 'Configurar la tableta de la clínica · JAK Screener para el eccema',
    heading: 'Configurar la tableta de la clínica',
    intro:
      'Para una tableta de la clínica que usan muchos pacientes. Las respuestas se quedan solo en la pantalla: nunca se guardan en la tableta ni en archivos. Todo se borra después de unos minutos sin uso, y cuando usted termina con cada paciente. Un código del personal impide que los pacientes cambien esto.',
    reading: 'Leyendo la configuración de este dispositivo…',
    on: 'El modo de tableta de la clínica está activado. Las respuestas se borran después de {minutes, plural, one {# minuto} other {# minutos}} sin uso.',
    off: 'El modo de tableta de la clínica está desactivado.',
    turnOnHeading: 'Activar el modo de tableta de la clínica',
    turnOn: 'Activar el modo de tableta de la clínica',
    setCodeHeading: 'Poner un código del personal',
    noCodeYet:
      'Esta tableta se configuró antes de que existieran los códigos del personal. El modo de tableta de la clínica sigue activado, pero hasta que ponga un código, cualquier persona puede cambiar esta configuración o desactivarlo.',
    saveCodeAndSettings: 'Guardar el código del personal y la configuración',
    changeHeading: 'Cambiar o desactivar',
    unlock: 'Desbloquear la configuración de la clínica',
    staffOnly: 'Solo para el personal de la clínica.',
    settingsHeading: 'Configuración de la clínica',
    save: 'Guardar la configuración de la clínica',
    lock: 'Bloquear la configuración',
    turnOffHeading: 'Desactivar',
    turnOffText: 'Al desactivarlo se borran las respuestas que haya en esta tableta y se quita el código del personal.',
    turnOff: 'Desactivar el modo de tableta de la clínica',
  },
  form: {
    codeHeading: 'Código del personal',
    newCode: 'Nuevo código del personal',
    newCodeHint:
      'El personal lo escribe para desactivar el modo de clínica, cambiar esta configuración o guardar respuestas en un archivo. Al menos {min} caracteres. En esta tableta solo se guarda una forma codificada del código (un hash): un código olvidado no se puede volver a mostrar.',
    repeatCode: 'Escriba otra vez el código del personal',
    settingsHeading: 'Configuración',
    idleMinutes: '¿Después de cuántos minutos sin uso se borra?',
    idleMinutesHint:
      'Un aviso aparece {seconds} segundos antes, con un botón para seguir. Por lo general, {minutes, plural, one {# minuto} other {# minutos}}.',
    minutes: 'minutos',
    usualRespondent: '¿Quién suele llenarlo en esta tableta?',
    usualRespondentHint: 'El cuestionario empieza con esta opción marcada. La persona puede cambiarla.',
    patients: 'Los pacientes',
    patientsHint: 'se les entrega la tableta',
    staff: 'El personal de la clínica',
    staffHint: 'escribe por el paciente',
    settingCode: 'Poniendo el código del personal…',
    codeNotSet: 'No se pudo poner el código del personal en este navegador. No se cambió nada.',
    saved: 'Se guardó la configuración de la clínica.',
    chooseUsual: 'Elija quién suele llenarlo',
    enterMinutes: 'Escriba el número de minutos',
    wholeMinutes: 'Escriba un número entero de minutos',
    atLeastMinutes: 'Use al menos {min, plural, one {# minuto} other {# minutos}}',
    atMostMinutes: 'Use como máximo {max, plural, one {# minuto} other {# minutos}}',
    codeTooShort: 'Use al menos {min} caracteres',
    codeTooLong: 'Use como máximo {max} caracteres',
    codesDiffer: 'Los dos códigos no son iguales',
  },
  code: {
    label: 'Código del personal',
    enter: 'Escriba el código del personal',
    wrong: 'Ese no es el código del personal. No se cambió nada.',
    checking: 'Revisando el código…',
    missing: 'Personal de la clínica: esta tableta todavía no tiene código del personal.',
    setOne: 'Poner un código del personal',
  },
  files: {
    summary: 'Personal de la clínica: guardar en un archivo',
    unlock: 'Desbloquear para guardar en un archivo',
    unlockHint:
      'Permite el archivo de respuestas y el archivo FHIR solo para este paciente. Quite el archivo de la tableta después de usarlo.',
    noCode: 'Esta tableta todavía no tiene código del personal. Ponga uno primero en la página para configurar la tableta de la clínica.',
  },
  finish: {
    doneHeading: '¿Terminó con este paciente?',
    doneText: 'Cuando el resumen esté impreso o se le haya mostrado al médico, borre la tableta para la siguiente persona.',
    button: 'Terminar y borrar para el siguiente paciente',
    heading: '¿Borrar la tableta para el siguiente paciente?',
    text: 'Esto quita todas las respuestas, el nombre y la fecha de nacimiento. Imprima o muestre el resumen primero: no se puede recuperar.',
    confirm: 'Sí, borrar para el siguiente paciente',
    cancel: 'Todavía no',
  },
};
