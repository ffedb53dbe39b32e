/**
 * English notices the main process posts (desktop:notices.*): problems with the data, the
 * lock and the backups, told once in plain words. Part of the "desktop" namespace (see desktop.ts).
 */
export default {
  unsavedChanges: {
    title: 'Some changes are not saved to disk yet',
    detail: '{{problem}} Touchpoint keeps them in memory and keeps trying; please keep it running until this message goes away.',
  },
  backupFailed: { title: 'Today’s backup could not be made' },
  importFinished: {
    title: 'An import that was cut short was finished',
    detail_one: 'One entry was added from it.',
    detail_other: '{{count, number}} entries were added from it.',
  },
  settingsUnreadable: {
    title: 'Your settings file could not be read',
    detail: 'Touchpoint started with default settings. The unreadable file is kept at {{path}}.',
  },
  dataRestored: {
    title: 'Your data was restored from a backup',
    detail:
      'Your log now holds what it had on {{restoredFrom}}. What you had just before is kept as the backup of {{safety}} (“Your data just before a restore”) in Settings → Your data: restore that one to undo this.',
  },
  lock: {
    postponed: 'Touchpoint could not lock yet',
    notFinished: {
      title: 'The lock is not finished yet',
      detail:
        'The lock is on, but some files are not encrypted yet: {{problem}} Nothing is lost. Touchpoint finishes encrypting them the next time you unlock it, or now if you turn the lock on again.',
    },
    notOff: {
      title: 'The lock is not off yet',
      detail:
        'The lock is still on: not every file could be decrypted. {{problem}} Nothing is lost and your log is open; turn the lock off again to finish, or Touchpoint finishes the next time you unlock it.',
    },
    keptEncrypted: {
      title: 'Some damaged files could not be decrypted',
      detail: 'These files were already damaged, so they are kept as they were: {{files}}. Everything else is no longer encrypted.',
    },
    queueAdded: {
      title_one: 'A moment you logged while locked was added',
      title_other: '{{count, number}} moments you logged while locked were added',
      detail: 'They were kept encrypted until you unlocked Touchpoint.',
    },
  },
  keyFile: {
    restored: {
      title: 'The lock’s key file was put back from a backup',
      detail:
        'The passphrase lock’s key file (vault.json in the data folder) was damaged or missing, so the copy kept with the backup of {{from}} was put back. Unlock with your passphrase as usual. Any damaged copy is kept beside it in the data folder.',
    },
    damaged: {
      title: 'The lock’s key file is damaged',
      detail:
        'The passphrase lock’s key file (vault.json in the data folder) is damaged, so your log cannot be unlocked. Nothing was changed. If you have a copy of it (for example in a backup of your computer), put it back in the data folder and start Touchpoint again. Otherwise “Delete all my data” on the lock screen starts again with an empty log.',
    },
    missing: {
      title: 'The lock’s key file is missing',
      detail:
        'Your log is encrypted, but the passphrase lock’s key file (vault.json in the data folder) is missing, so it cannot be unlocked. Nothing was changed or set aside. If you have a copy of it (for example in a backup of your computer), put it back in the data folder and start Touchpoint again. Otherwise “Delete all my data” on the lock screen starts again with an empty log.',
    },
    swapped: {
      title: 'The lock’s key file had been changed',
      detail:
        'The public key Touchpoint uses to seal moments logged while locked was not the one that belongs to your lock: someone with access to your files may have replaced it to read those moments. The right key was put back. Moments sealed with the wrong key cannot be opened and are kept in the queue folder.',
    },
  },
  files: {
    plain: {
      title: 'A file was not encrypted although the lock is on',
      detail:
        '{{path}} was in plain text while the passphrase lock is on. Touchpoint never writes it that way, so someone with access to your files may have replaced it. It was set aside without being read.',
    },
    moved: {
      title: 'A file was not where it belongs',
      detail:
        '{{path}} held an encrypted file that belongs to another part of your log: someone with access to your files may have copied it there. It was set aside without being read.',
    },
    rolledBack: {
      title: 'An older copy of a file was put back',
      detail:
        '{{path}} is an older copy of itself than the one Touchpoint last saved: someone with access to your files may have put it back, which would bring back entries you deleted and hide newer ones. It was set aside without being read; only a copy as new as the last one saved is taken back.',
    },
    ledgerStartedOver: {
      title: 'The record of your files’ versions could not be read',
      detail:
        'Touchpoint keeps a record of how often each file was saved, to notice an older copy of a file put back in its place. That record was damaged or changed, so it was started again from the files as they are now. Your entries are not affected.',
    },
    ledgerMissing: {
      title: 'The record of your files’ versions was missing',
      detail:
        'Touchpoint keeps a record of how often each file was saved, to notice an older copy of a file put back in its place. That record was missing although the lock is on, so an older copy of a file put back now would not be noticed. If you did not remove it, someone with access to your files may have. Your entries are read as they are; a new record was started.',
    },
    setAside: {
      title_one: 'An entry did not pass its checks and was set aside',
      title_other: '{{count, number}} entries did not pass their checks and were set aside',
      detail_one:
        '{{path}} holds an entry Touchpoint cannot show (a value out of range or unknown, such as a time zone). The rest of the file is read as usual; the whole file is kept at {{kept}}.',
      detail_other:
        '{{path}} holds {{count, number}} entries Touchpoint cannot show (a value out of range or unknown, such as a time zone). The rest of the file is read as usual; the whole file is kept at {{kept}}.',
    },
    restored: {
      title: 'A damaged data file was restored from a backup',
      olderCopy:
        '{{path}} was an older copy, so it was restored from the backup of {{backup}}. Entries saved to it after that backup may be missing; the damaged file is kept at {{kept}}.',
      unreadable:
        '{{path}} could not be read, so it was restored from the backup of {{backup}}. Entries saved to it after that backup may be missing; the damaged file is kept at {{kept}}.',
    },
    lost: {
      title: 'A damaged data file could not be restored',
      olderCopy: '{{path}} was an older copy and no backup has a good copy. Its entries are not shown; the damaged file is kept at {{kept}}.',
      unreadable: '{{path}} could not be read and no backup has a good copy. Its entries are not shown; the damaged file is kept at {{kept}}.',
    },
    unreadable: {
      title: 'Part of your history could not be read',
      detail:
        '{{path}} could not be read: {{problem}} Its entries are not shown, and Touchpoint does not write to it, export or import until it can be read. Nothing was changed; once the file can be read again, start Touchpoint again.',
    },
    metaRestored: {
      title: 'The data version file was restored from a backup',
      detail: 'The data version file was damaged and was restored from the backup of {{backup}}.',
    },
    metaRepaired: {
      title: 'Repaired the data version file',
      detail:
        'The data version file was damaged and no backup had a good copy. It was set aside in {{folder}}; {{files}} data files are read as the current version.',
    },
  },
} as const;
