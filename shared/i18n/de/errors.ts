import type { Catalog } from '../catalog';
import type en from '../en/errors';

/** German texts of the "errors" namespace (the same keys as English; see ../catalog.ts). */
export default {
  internal: 'In Touchpoint ist etwas schiefgegangen. Was du vorher gespeichert hast, ist nicht betroffen; bitte versuch es noch einmal.',
  notStarted: 'Touchpoint konnte nicht starten, deshalb geht das gerade nicht.',
  forbiddenWindow: 'Dieses Fenster darf Touchpoint nicht verwenden.',
  noBrowser: 'Diese Touchpoint-Installation kann keinen Browser öffnen.',
  write: {
    full: 'Die Festplatte ist voll.',
    unreadable: 'Die Datei konnte vorher nicht gelesen werden, deshalb überschreibt Touchpoint sie nicht.',
    denied: 'Touchpoint darf nicht in seinen Datenordner schreiben.',
    io: 'Die Festplatte hat einen Fehler gemeldet.',
    other: 'Der Datenordner konnte nicht beschrieben werden.',
  },
  read: {
    denied: 'Touchpoint darf sie nicht lesen.',
    io: 'Die Festplatte hat einen Lesefehler gemeldet.',
    tooManyFiles: 'Es sind zu viele Dateien geöffnet.',
    other: 'Die Datei konnte nicht gelesen werden ({{reason}}).',
  },
  newerData:
    'Diese Daten wurden von einer neueren Touchpoint-Version geschrieben (Datenversion {{found}}; diese Version liest bis {{supported}}). Bitte aktualisiere Touchpoint. Deine Daten wurden nicht verändert.',
  lock: {
    locked: 'Touchpoint ist gesperrt. Entsperre es mit deiner Passphrase, um dein Protokoll zu öffnen.',
    notOn: 'Die Passphrase-Sperre ist nicht an.',
    alreadyOn: 'Die Passphrase-Sperre ist schon an.',
    wrongPassphrase: 'Diese Passphrase stimmt nicht. Groß- und Kleinschreibung und Leerzeichen zählen.',
    wrongToFinish: 'Verwende die Passphrase, die du beim Einschalten der Sperre gewählt hast.',
    wrongCurrent: 'Deine aktuelle Passphrase stimmt nicht.',
    unsavedLock:
      'Einige deiner letzten Änderungen sind noch nicht auf der Festplatte gespeichert, und Sperren würde sie jetzt verlieren, deshalb bleibt Touchpoint offen. Es versucht weiter, sie zu speichern; sperre erneut, sobald die Meldung dazu verschwunden ist.',
    unsavedTurningOn:
      'Einige deiner letzten Änderungen sind noch nicht auf der Festplatte gespeichert, und das Einschalten der Sperre würde sie jetzt verlieren. Es wurde nichts verändert; Touchpoint versucht weiter, sie zu speichern. Versuch es noch einmal, sobald die Meldung dazu verschwunden ist.',
    unsavedTurningOff:
      'Einige deiner letzten Änderungen sind noch nicht auf der Festplatte gespeichert, und das Ausschalten der Sperre würde sie jetzt verlieren. Es wurde nichts verändert; Touchpoint versucht weiter, sie zu speichern. Versuch es noch einmal, sobald die Meldung dazu verschwunden ist.',
    turnOnFailed: 'Die Sperre konnte nicht eingeschaltet werden: {{problem}} Es wurde nichts verändert.',
    turnOffFailed: 'Die Sperre konnte nicht ausgeschaltet werden: {{problem}} Es wurde nichts verändert.',
    unfinished: {
      opening: 'Deine Daten konnten nicht fertig geöffnet werden: {{problem}} Es geht nichts verloren; bitte versuch es noch einmal.',
      locking: 'Das Sperren konnte nicht abgeschlossen werden: {{problem}} Es geht nichts verloren; bitte versuch es noch einmal.',
      unlocking: 'Das Entsperren konnte nicht abgeschlossen werden: {{problem}} Es geht nichts verloren; bitte versuch es noch einmal.',
      turningOn: 'Das Einschalten der Sperre konnte nicht abgeschlossen werden: {{problem}} Es geht nichts verloren; bitte versuch es noch einmal.',
      turningOff: 'Das Ausschalten der Sperre konnte nicht abgeschlossen werden: {{problem}} Es geht nichts verloren; bitte versuch es noch einmal.',
      changingPassphrase: 'Die Passphrase konnte nicht fertig geändert werden: {{problem}} Es geht nichts verloren; bitte versuch es noch einmal.',
    },
  },
  backup: {
    makeFailed: 'Die Sicherung konnte nicht erstellt werden: {{problem}}',
    readFailed: 'Die Sicherung konnte nicht gelesen werden: {{problem}} Es wurde nichts verändert.',
    notRestorable: 'Diese Sicherung kann nicht wiederhergestellt werden: {{problem}} Es wurde nichts verändert.',
    gone: 'Diese Sicherung ist nicht mehr da, oder ihre Dateiliste ist beschädigt.',
    unsaved:
      'Einige deiner letzten Änderungen sind noch nicht auf der Festplatte gespeichert, und eine Wiederherstellung würde sie verlieren. Es wurde nichts verändert; versuch es noch einmal, sobald sie gespeichert sind.',
    notHere: 'Wiederherstellen und Löschen von Daten sind hier nicht verfügbar.',
    safetyFailed: 'Von deinen aktuellen Daten konnte vorher keine Kopie erstellt werden, deshalb wurde nichts verändert: {{problem}}',
    putBack: 'Die Sicherung wurde eingespielt, ließ sich aber nicht öffnen, deshalb wurden deine Daten zurückgesetzt, wie sie waren. Es ging nichts verloren.',
    notOpened:
      'Die Sicherung ließ sich nicht öffnen. Deine vorherigen Daten bleiben in der Sicherung vom {{safety}} erhalten; bitte beende Touchpoint, starte es neu und stelle diese wieder her.',
    restoreFailed: 'Die Wiederherstellung konnte nicht abgeschlossen werden: {{problem}} Deine vorherigen Daten bleiben in der Sicherung vom {{safety}} erhalten.',
    deletedNotRestarted: 'Deine Daten wurden gelöscht, aber Touchpoint konnte nicht neu beginnen. Bitte beende Touchpoint und starte es neu.',
    deleteFailed: 'Nicht alles konnte gelöscht werden: {{problem}} Was übrig ist, wird beim nächsten Start von Touchpoint gelöscht.',
  },
  backupCheck: {
    listDamaged: 'Ihre Dateiliste ist beschädigt.',
    fileMissing: 'Die Datei {{path}} fehlt oder ist beschädigt (sie passt nicht mehr zur Prüfsumme, die beim Erstellen der Sicherung genommen wurde).',
    metaDamaged: 'Ihre Datei mit der Datenversion ist beschädigt.',
    fileUnreadable: 'Die Datei {{path}} kann nicht gelesen werden (sie ist beschädigt oder wurde mit einer anderen Passphrase geschrieben).',
    newer: 'Sie wurde von einer neueren Touchpoint-Version erstellt (Datenversion {{found}}; diese Version liest bis {{supported}}). Aktualisiere Touchpoint, um sie wiederherzustellen.',
    notUpgradable: 'Ihre Daten konnten nicht in das Format dieser Version umgewandelt werden.',
    unknownEntries: 'Die Datei {{path}} enthält Einträge, die diese Touchpoint-Version nicht lesen kann.',
  },
  transfer: {
    notJson: 'Diese Datei ist kein Touchpoint-Export: Sie ist kein gültiges JSON.',
    newerExport: 'Dieser Export stammt von einer neueren Touchpoint-Version. Bitte aktualisiere Touchpoint zuerst.',
    notExport: 'Diese Datei ist kein Touchpoint-Export.',
    importNotStarted: 'Der Import konnte nicht gestartet werden: {{problem}} Es wurde nichts importiert.',
    importNotFinished: 'Der Import konnte jetzt nicht abgeschlossen werden: {{problem}} Touchpoint schließt ihn beim nächsten Start ab.',
    exportUnreadable:
      'Ein Teil deines Verlaufs konnte nicht gelesen werden ({{files}}), deshalb würden einem Export jetzt Einträge fehlen. Es wurde nichts exportiert. Sobald die Datei wieder lesbar ist, starte Touchpoint neu und versuch es noch einmal.',
    importUnreadable:
      'Ein Teil deines Verlaufs konnte nicht gelesen werden ({{files}}), deshalb könnte ein Import jetzt nicht erkennen, was du schon hast. Es wurde nichts importiert. Sobald die Datei wieder lesbar ist, starte Touchpoint neu und versuch es noch einmal.',
  },
  coach: {
    noAnswerToUndo: 'Es gibt keine aktuelle Antwort, die du zurücknehmen kannst. Du kannst sie in deinem Protokoll bearbeiten oder löschen.',
    tooLateToUndo: 'Dieser Check-in lässt sich nicht mehr rückgängig machen. Du kannst ihn in deinem Protokoll bearbeiten oder löschen.',
    otherCardOpen: 'Gerade ist ein anderer Check-in offen, deshalb kann dieser nicht zurückkommen. Du kannst ihn in deinem Protokoll bearbeiten oder löschen.',
    reviewInMain: 'Der Tagesrückblick wird im Hauptfenster beantwortet.',
    intentionRequired: 'Wähle einen Vorsatz oder schreib einen eigenen.',
    valenceRequired: 'Wähle, ob das Meeting das Vertrauen gestärkt oder ihm geschadet hat.',
    cardClosed: 'Dieser Check-in ist nicht mehr offen. Du kannst ihn noch im Tagesrückblick nachtragen.',
  },
  entries: {
    checkInGone: 'Diesen Check-in gibt es nicht mehr.',
    checkInExists: 'Dieser Check-in ist schon in deinem Protokoll.',
    reviewGone: 'Diesen Tagesrückblick gibt es nicht mehr.',
    reviewExists: 'Dieser Tagesrückblick ist schon in deinem Protokoll.',
    reviewForDay: 'Für diesen Tag gibt es schon einen Tagesrückblick.',
    noteGone: 'Diese Notiz gibt es nicht mehr.',
    noteExists: 'Diese Notiz ist schon in deinem Protokoll.',
    momentGone: 'Diesen Moment gibt es nicht mehr. Vielleicht wurde er in einem anderen Fenster gelöscht.',
    momentExists: 'Dieser Moment ist schon in deinem Protokoll.',
    followUpGone: 'Dieses Follow-up gibt es nicht mehr.',
    followUpExists: 'Dieses Follow-up gibt es schon.',
    meetingGone: 'Dieses Meeting ist für diesen Tag nicht mehr in deinem Kalender.',
    calendarGone: 'Dieser Kalender ist nicht mehr verbunden.',
  },
  meetingLink: {
    notWebAddress: 'Dieser Meeting-Link ist keine Webadresse, die Touchpoint öffnen kann.',
    refused: 'Touchpoint öffnet nur https-Links zu Google Meet, Zoom, Microsoft Teams und Webex. Kopiere diesen Link in deinen Browser, wenn du ihm vertraust.',
  },
} satisfies Catalog<typeof en>;
