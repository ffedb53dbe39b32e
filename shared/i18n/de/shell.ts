import type { Catalog } from '../catalog';
import type en from '../en/shell';

/** German texts of the "shell" namespace (the same keys as English; see ../catalog.ts). */
export default {
  brand: 'Touchpoint',
  views: {
    today: 'Heute',
    review: 'Tagesrückblick',
    week: 'Wochenrückblick',
    log: 'Protokoll',
    insights: 'Einblicke',
    settings: 'Einstellungen',
    science: 'Die Forschung dahinter',
  },
  notices: {
    label: 'Hinweise',
  },
  viewError: {
    title: 'Anzeige nicht möglich',
    body: 'In {{name}} konnte etwas nicht angezeigt werden. Deine Daten sind sicher: Es wurde nichts verändert. Versuch es noch einmal oder geh zurück und mach weiter. Passiert es wieder, sichert ein Export deines Protokolls (Protokoll → Export) alles, während der Fehler untersucht wird.',
    viewName: 'der Ansicht „{{view}}“',
    lockScreenName: 'der Sperransicht',
    reload: 'Neu laden',
    openSettings: 'Einstellungen öffnen',
    goToToday: 'Zu „Heute“',
  },
  unlock: {
    title: 'Touchpoint ist gesperrt',
    lead: 'Dein Protokoll ist auf diesem Computer verschlüsselt. Gib deine Passphrase ein, um es zu öffnen.',
    passphrase: 'Passphrase',
    missing: 'Gib deine Passphrase ein.',
    unlock: 'Entsperren',
    unlocking: 'Wird entsperrt …',
    queued_one: 'Ein Moment, den du im gesperrten Zustand erfasst hast, wartet – er kommt in dein Protokoll, sobald du entsperrst.',
    queued_other: '{{count, number}} Momente, die du im gesperrten Zustand erfasst hast, warten – sie kommen in dein Protokoll, sobald du entsperrst.',
    forgot: 'Passphrase vergessen?',
    forgotWhy: 'Ohne sie kann niemand das Protokoll öffnen – weder du noch sonst jemand: Genau das hält es privat. Oft fällt einem die Passphrase wieder ein: Probier die, die du für Ähnliches verwendest, und prüf die Feststelltaste.',
    forgotLost: 'Ist sie wirklich verloren, bleibt nur ein Neuanfang: Alles in Touchpoint wird gelöscht und du beginnst mit einem leeren Protokoll. Exporte, die du anderswo gespeichert hast, sind nicht betroffen.',
    startAgain: 'Mit leerem Protokoll neu beginnen …',
    eraseWord: 'LÖSCHEN',
    eraseConfirm: 'Gib {{word}} ein, um alles zu löschen. Das lässt sich nicht rückgängig machen.',
    eraseConfirmIn: 'Gib {{word}} ein, um alles in {{folder}} zu löschen. Das lässt sich nicht rückgängig machen.',
    keep: 'Protokoll behalten',
    erase: 'Alles löschen',
  },
} satisfies Catalog<typeof en>;
