/**
 * The clinic staff's words (issue 14): the clinic tablet setup page (/clinic), the staff code, saving files on a
 * clinic tablet, and the end of a patient's turn on a clinic tablet. Its own file so that the catalogue gains one
 * line (`staff: staffEn`). Staff read the setup page, so it may name a staff code or a hash; the end-of-turn
 * words (`finish`) are seen by patients too and stay plain.
 */
export const staffEn = {
  setup: {
    title: 'Clinic tablet setup · JAK Screener for eczema',
    heading: 'Clinic tablet setup',
    intro:
      'For a tablet at a clinic that many patients use. Answers stay on the screen only: they are never stored on the tablet and never saved as files. Everything is cleared after a few minutes without use, and when you finish with each patient. A staff code keeps patients from changing this.',
    reading: 'Reading this device’s setting…',
    on: 'Clinic tablet mode is on. Answers are cleared after {minutes, plural, one {# minute} other {# minutes}} without use.',
    off: 'Clinic tablet mode is off.',
    turnOnHeading: 'Turn on clinic tablet mode',
    turnOn: 'Turn on clinic tablet mode',
    setCodeHeading: 'Set a staff code',
    noCodeYet:
      'This tablet was set up before staff codes. Clinic tablet mode stays on, but until you set a code anyone can change these settings or turn it off.',
    saveCodeAndSettings: 'Save the staff code and settings',
    changeHeading: 'Change or turn off',
    unlock: 'Unlock clinic settings',
    staffOnly: 'Clinic staff only.',
    settingsHeading: 'Clinic settings',
    save: 'Save clinic settings',
    lock: 'Lock the settings',
    turnOffHeading: 'Turn off',
    turnOffText: 'Turning it off clears any answers on this tablet and removes the staff code.',
    turnOff: 'Turn off clinic tablet mode',
  },
  form: {
    codeHeading: 'Staff code',
    newCode: 'New staff code',
    newCodeHint:
      'Staff type it to turn clinic mode off, change these settings or save answers to a file. At least {min} characters. Only a scrambled form of it (a hash) is kept on this tablet: a forgotten code cannot be shown again.',
    repeatCode: 'Type the staff code again',
    settingsHeading: 'Settings',
    idleMinutes: 'Clear after how many minutes without use?',
    idleMinutesHint:
      'A warning shows {seconds} seconds before, with a button to keep going. Usually {minutes, plural, one {# minute} other {# minutes}}.',
    minutes: 'minutes',
    usualRespondent: 'Who usually fills it in on this tablet?',
    usualRespondentHint: 'The questionnaire starts with this choice. The person can change it.',
    patients: 'Patients',
    patientsHint: 'the tablet is handed to them',
    staff: 'Clinic staff',
    staffHint: 'typing for the patient',
    settingCode: 'Setting the staff code…',
    codeNotSet: 'The staff code could not be set in this browser. Nothing was changed.',
    saved: 'Clinic settings saved.',
    chooseUsual: 'Choose who usually fills it in',
    enterMinutes: 'Enter the number of minutes',
    wholeMinutes: 'Enter a whole number of minutes',
    atLeastMinutes: 'Use at least {min, plural, one {# minute} other {# minutes}}',
    atMostMinutes: 'Use at most {max, plural, one {# minute} other {# minutes}}',
    codeTooShort: 'Use at least {min} characters',
    codeTooLong: 'Use at most {max} characters',
    codesDiffer: 'The two codes are not the same',
  },
  code: {
    label: 'Staff code',
    enter: 'Enter the staff code',
    wrong: 'That is not the staff code. Nothing was changed.',
    checking: 'Checking the code…',
    missing: 'Clinic staff: this tablet has no staff code yet.',
    setOne: 'Set a staff code',
  },
  files: {
    summary: 'Clinic staff: save to a file',
    unlock: 'Unlock saving to a file',
    unlockHint: 'Allows the answers file and the FHIR file for this patient only. Remove the file from the tablet after use.',
    noCode: 'No staff code is set on this tablet yet. Set one on the clinic tablet setup page first.',
  },
  finish: {
    doneHeading: 'Done with this patient?',
    doneText: 'When the summary is printed or shown to the clinician, clear the tablet for the next person.',
    button: 'Finish and clear for the next patient',
    heading: 'Clear the tablet for the next patient?',
    text: 'This removes every answer, the name and the date of birth. Print or show the summary first: it cannot be brought back.',
    confirm: 'Yes, clear for the next patient',
    cancel: 'Not yet',
  },
};
