/** German notices of the main process (desktop:notices.*; the same keys as ../en/desktop-notices.ts, checked through de/desktop.ts). */
export default {
  unsavedChanges: {
    title: 'Einige Änderungen sind noch nicht gespeichert',
    detail: '{{problem}} Touchpoint hält sie im Arbeitsspeicher und versucht es weiter; bitte lass es laufen, bis diese Meldung verschwindet.',
  },
  backupFailed: { title: 'Die heutige Sicherung konnte nicht erstellt werden' },
  importFinished: {
    title: 'Ein unterbrochener Import wurde abgeschlossen',
    detail_one: 'Ein Eintrag wurde daraus hinzugefügt.',
    detail_other: '{{count, number}} Einträge wurden daraus hinzugefügt.',
  },
  settingsUnreadable: {
    title: 'Deine Einstellungsdatei konnte nicht gelesen werden',
    detail: 'Touchpoint ist mit den Standardeinstellungen gestartet. Die unlesbare Datei liegt unter {{path}}.',
  },
  dataRestored: {
    title: 'Deine Daten wurden aus einer Sicherung wiederhergestellt',
    detail:
      'Dein Protokoll enthält jetzt den Stand vom {{restoredFrom}}. Was du kurz davor hattest, bleibt als Sicherung vom {{safety}} („Deine Daten kurz vor einer Wiederherstellung“) unter Einstellungen → Deine Daten erhalten: Stelle sie wieder her, um das rückgängig zu machen.',
  },
  lock: {
    postponed: 'Touchpoint konnte noch nicht sperren',
    notFinished: {
      title: 'Die Sperre ist noch nicht fertig',
      detail:
        'Die Sperre ist an, aber einige Dateien sind noch nicht verschlüsselt: {{problem}} Es geht nichts verloren. Touchpoint verschlüsselt sie beim nächsten Entsperren fertig, oder sofort, wenn du die Sperre noch einmal einschaltest.',
    },
    notOff: {
      title: 'Die Sperre ist noch nicht aus',
      detail:
        'Die Sperre ist noch an: Nicht jede Datei konnte entschlüsselt werden. {{problem}} Es geht nichts verloren und dein Protokoll ist offen; schalte die Sperre noch einmal aus, um es abzuschließen, oder Touchpoint erledigt es beim nächsten Entsperren.',
    },
    keptEncrypted: {
      title: 'Einige beschädigte Dateien konnten nicht entschlüsselt werden',
      detail: 'Diese Dateien waren schon beschädigt und bleiben deshalb, wie sie sind: {{files}}. Alles andere ist nicht mehr verschlüsselt.',
    },
    queueAdded: {
      title_one: 'Ein Moment, den du im gesperrten Zustand festgehalten hast, wurde hinzugefügt',
      title_other: '{{count, number}} Momente, die du im gesperrten Zustand festgehalten hast, wurden hinzugefügt',
      detail: 'Sie blieben verschlüsselt, bis du Touchpoint entsperrt hast.',
    },
  },
  keyFile: {
    restored: {
      title: 'Die Schlüsseldatei der Sperre wurde aus einer Sicherung zurückgeholt',
      detail:
        'Die Schlüsseldatei der Passphrase-Sperre (vault.json im Datenordner) war beschädigt oder fehlte, deshalb wurde die Kopie aus der Sicherung vom {{from}} zurückgelegt. Entsperre wie gewohnt mit deiner Passphrase. Eine beschädigte Kopie liegt daneben im Datenordner.',
    },
    damaged: {
      title: 'Die Schlüsseldatei der Sperre ist beschädigt',
      detail:
        'Die Schlüsseldatei der Passphrase-Sperre (vault.json im Datenordner) ist beschädigt, deshalb kann dein Protokoll nicht entsperrt werden. Es wurde nichts verändert. Wenn du eine Kopie davon hast (zum Beispiel in einer Sicherung deines Computers), lege sie zurück in den Datenordner und starte Touchpoint neu. Andernfalls beginnt „Alle meine Daten löschen“ auf dem Sperrbildschirm mit einem leeren Protokoll von vorn.',
    },
    missing: {
      title: 'Die Schlüsseldatei der Sperre fehlt',
      detail:
        'Dein Protokoll ist verschlüsselt, aber die Schlüsseldatei der Passphrase-Sperre (vault.json im Datenordner) fehlt, deshalb kann es nicht entsperrt werden. Es wurde nichts verändert oder beiseitegelegt. Wenn du eine Kopie davon hast (zum Beispiel in einer Sicherung deines Computers), lege sie zurück in den Datenordner und starte Touchpoint neu. Andernfalls beginnt „Alle meine Daten löschen“ auf dem Sperrbildschirm mit einem leeren Protokoll von vorn.',
    },
    swapped: {
      title: 'Die Schlüsseldatei der Sperre war verändert',
      detail:
        'Der öffentliche Schlüssel, mit dem Touchpoint im gesperrten Zustand festgehaltene Momente versiegelt, gehörte nicht zu deiner Sperre: Jemand mit Zugriff auf deine Dateien hat ihn vielleicht ersetzt, um diese Momente zu lesen. Der richtige Schlüssel wurde zurückgelegt. Mit dem falschen Schlüssel versiegelte Momente lassen sich nicht öffnen und bleiben im Ordner „queue“.',
    },
  },
  files: {
    plain: {
      title: 'Eine Datei war trotz Sperre nicht verschlüsselt',
      detail:
        '{{path}} lag als Klartext vor, obwohl die Passphrase-Sperre an ist. Touchpoint schreibt sie nie so, also hat sie vielleicht jemand mit Zugriff auf deine Dateien ersetzt. Sie wurde ungelesen beiseitegelegt.',
    },
    moved: {
      title: 'Eine Datei lag nicht an ihrem Platz',
      detail:
        '{{path}} enthielt eine verschlüsselte Datei, die zu einem anderen Teil deines Protokolls gehört: Jemand mit Zugriff auf deine Dateien hat sie vielleicht dorthin kopiert. Sie wurde ungelesen beiseitegelegt.',
    },
    rolledBack: {
      title: 'Eine ältere Kopie einer Datei wurde zurückgelegt',
      detail:
        '{{path}} ist eine ältere Kopie als die, die Touchpoint zuletzt gespeichert hat: Jemand mit Zugriff auf deine Dateien hat sie vielleicht zurückgelegt, wodurch gelöschte Einträge zurückkämen und neuere verschwänden. Sie wurde ungelesen beiseitegelegt; nur eine Kopie, die so neu ist wie die zuletzt gespeicherte, wird wieder übernommen.',
    },
    ledgerStartedOver: {
      title: 'Das Verzeichnis der Dateiversionen konnte nicht gelesen werden',
      detail:
        'Touchpoint führt ein Verzeichnis, wie oft jede Datei gespeichert wurde, um zu bemerken, wenn eine ältere Kopie an ihre Stelle gelegt wird. Dieses Verzeichnis war beschädigt oder verändert und wurde deshalb aus den Dateien in ihrem jetzigen Zustand neu angelegt. Deine Einträge sind nicht betroffen.',
    },
    ledgerMissing: {
      title: 'Das Verzeichnis der Dateiversionen fehlte',
      detail:
        'Touchpoint führt ein Verzeichnis, wie oft jede Datei gespeichert wurde, um zu bemerken, wenn eine ältere Kopie an ihre Stelle gelegt wird. Es fehlte, obwohl die Sperre an ist, sodass eine jetzt zurückgelegte ältere Kopie nicht bemerkt würde. Wenn du es nicht entfernt hast, hat es vielleicht jemand mit Zugriff auf deine Dateien getan. Deine Einträge werden gelesen, wie sie sind; ein neues Verzeichnis wurde angelegt.',
    },
    setAside: {
      title_one: 'Ein Eintrag hat die Prüfung nicht bestanden und wurde beiseitegelegt',
      title_other: '{{count, number}} Einträge haben die Prüfung nicht bestanden und wurden beiseitegelegt',
      detail_one:
        '{{path}} enthält einen Eintrag, den Touchpoint nicht anzeigen kann (ein Wert außerhalb des Bereichs oder unbekannt, etwa eine Zeitzone). Der Rest der Datei wird wie gewohnt gelesen; die ganze Datei liegt unter {{kept}}.',
      detail_other:
        '{{path}} enthält {{count, number}} Einträge, die Touchpoint nicht anzeigen kann (ein Wert außerhalb des Bereichs oder unbekannt, etwa eine Zeitzone). Der Rest der Datei wird wie gewohnt gelesen; die ganze Datei liegt unter {{kept}}.',
    },
    restored: {
      title: 'Eine beschädigte Datendatei wurde aus einer Sicherung wiederhergestellt',
      olderCopy:
        '{{path}} war eine ältere Kopie und wurde deshalb aus der Sicherung vom {{backup}} wiederhergestellt. Einträge, die danach darin gespeichert wurden, fehlen vielleicht; die beschädigte Datei liegt unter {{kept}}.',
      unreadable:
        '{{path}} konnte nicht gelesen werden und wurde deshalb aus der Sicherung vom {{backup}} wiederhergestellt. Einträge, die danach darin gespeichert wurden, fehlen vielleicht; die beschädigte Datei liegt unter {{kept}}.',
    },
    lost: {
      title: 'Eine beschädigte Datendatei konnte nicht wiederhergestellt werden',
      olderCopy: '{{path}} war eine ältere Kopie, und keine Sicherung hat eine gute Kopie. Ihre Einträge werden nicht angezeigt; die beschädigte Datei liegt unter {{kept}}.',
      unreadable: '{{path}} konnte nicht gelesen werden, und keine Sicherung hat eine gute Kopie. Ihre Einträge werden nicht angezeigt; die beschädigte Datei liegt unter {{kept}}.',
    },
    unreadable: {
      title: 'Ein Teil deines Verlaufs konnte nicht gelesen werden',
      detail:
        '{{path}} konnte nicht gelesen werden: {{problem}} Die Einträge darin werden nicht angezeigt, und Touchpoint schreibt nicht hinein, exportiert und importiert nicht, bis die Datei lesbar ist. Es wurde nichts verändert; sobald die Datei wieder lesbar ist, starte Touchpoint neu.',
    },
    metaRestored: {
      title: 'Die Datei mit der Datenversion wurde aus einer Sicherung wiederhergestellt',
      detail: 'Die Datei mit der Datenversion war beschädigt und wurde aus der Sicherung vom {{backup}} wiederhergestellt.',
    },
    metaRepaired: {
      title: 'Die Datei mit der Datenversion wurde repariert',
      detail:
        'Die Datei mit der Datenversion war beschädigt, und keine Sicherung hatte eine gute Kopie. Sie wurde in {{folder}} beiseitegelegt; {{files}} Datendateien werden als aktuelle Version gelesen.',
    },
  },
} as const;
