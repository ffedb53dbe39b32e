import type { Catalog } from '../catalog';
import type en from '../en/science';

/** German texts of the "science" namespace (the same keys as English; see ../catalog.ts). Citations stay as published. */
export default {
  view: {
    title: 'Die Forschung dahinter',
    intro: 'Warum Touchpoint fragt, was es fragt – in einfachen Worten und mit allen Grenzen.',
    jumpLabel: 'Auf dieser Seite',
    back: 'Zurück zu den Einblicken',
    lead: 'Touchpoint beruht auf einer einfachen Idee: Vertrauen bei der Arbeit entsteht und zerbricht in kleinen Momenten, wenige Sekunden auf einmal, und wer diese Momente bemerkt, macht den ersten Schritt zu mehr von den guten. Vier Studien haben die Fragen geprägt. Keine davon hat Touchpoint selbst getestet, und keine verspricht, dass dich das Festhalten von Momenten zu einer besseren Führungskraft macht. Sie sind Gründe, genauer hinzusehen, keine Garantien.',
    found: 'Was die Studie herausfand',
    use: 'Wie Touchpoint sie nutzt',
    limits: 'Ehrliche Grenzen',
  },
  numbers: {
    title: 'Was deine eigenen Zahlen sagen können und was nicht',
    items: {
      p1: 'Sie zählen, was du bemerkt und festgehalten hast, nicht alles, was passiert ist. Eine Woche mit mehr festgehaltenem Schaden kann auch eine Woche mit mehr Ehrlichkeit sein.',
      p2: 'Gestärkt und Geschadet werden bewusst getrennt gezählt: Ein Schaden wird nicht durch Stärkung an anderer Stelle ungeschehen gemacht, und ein einzelner Wert würde das verdecken.',
      p3: '„Länger nicht erreicht“ ist ein Anstoß, auf jemanden zuzugehen, kein Urteil. Manche Menschen triffst du selten, und das kann in Ordnung sein.',
      p4: 'Alles bleibt auf diesem Computer. Eine Wochenzusammenfassung verlässt ihn nur, wenn du sie exportierst und selbst teilst.',
    },
  },
  patterns: {
    title: 'Was ein Muster in deinem Protokoll bedeuten kann und was nicht',
    text: '„Was mit Schaden einhergeht“ vergleicht den Anteil deiner Momente, die in einer Situation Vertrauen geschadet haben (etwa nach drei oder mehr Meetings am Stück), mit dem Anteil überall sonst. Es zeigt die Zahlen und ein 95-%-Intervall: den Bereich von Anteilen, der zu deinen Momenten passen würde, gemessen daran, wie wenige es sind. Lies „Von deinen 23 Momenten nach drei oder mehr Meetings am Stück waren 9 Schaden (39 %, 22–59 %); sonst 12 %“ so: In deinem Protokoll kam Schaden nach langen Meeting-Strecken häufiger vor, und der Unterschied ist größer, als ein paar Momente mehr oder weniger erklären würden.',
    canTitle: 'Was es bedeuten kann',
    can: {
      p1: 'Etwas zum Ausprobieren: fünf Minuten Pause nach dem dritten Meeting, eine andere Uhrzeit für ein schwieriges Gespräch, ein kurzer Spaziergang vor einem 1:1.',
      p2: 'Eine Frage, die du mit einem Coach oder Mentor besprechen kannst, mit Zahlen aus deinen eigenen Wochen statt einer allgemeinen Regel.',
    },
    cannotTitle: 'Was es nicht bedeuten kann',
    notACause: 'Es ist keine Ursache. Volle Tage sind vielleicht die Tage mit schlechten Nachrichten; eine Person sitzt vielleicht in den Meetings, in denen aus anderen Gründen etwas schiefgeht. Die Meetings verursachen den Schaden nicht unbedingt.',
    noticed: 'Es zählt, was du bemerkt und festgehalten hast. Wenn du an schweren Tagen mehr festhältst, wirkt Schaden an diesen Tagen häufiger.',
    chance: 'Es ist das Protokoll einer einzelnen Person, keine Studie. Wenn man viele Situationen betrachtet, fällt ab und zu eine rein zufällig auf: Deshalb wird das Intervall gezeigt, und deshalb erscheint eine Situation erst ab {{minimum}} Momenten darin und {{minimum}} außerhalb.',
    verdict: 'Nichts über eine Person ist ein Urteil über sie: „Momente mit Sam“ sind deine Momente, darüber, wie du aufgetreten bist.',
  },
  studies: {
    'compassion': {
      title: 'Vierzig Sekunden Mitgefühl',
      claim: 'Ein kurzer Moment der Wärme kann die Angst eines anderen Menschen verringern.',
      found: {
        p1: '210 Frauen (123 Brustkrebs-Überlebende und 87 Frauen ohne Krebserkrankung) sahen ein aufgezeichnetes Arztgespräch, in dem ein Arzt Behandlungsmöglichkeiten erklärte. Die Hälfte sah eine Standardfassung, die andere Hälfte dieselbe Aufnahme mit etwa 40 zusätzlichen Sekunden, in denen der Arzt die Sorge der Patientin anerkannte, sagte, dass sie es gemeinsam durchstehen würden, und Unterstützung anbot.',
        p2: 'Wer die zusätzlichen 40 Sekunden gesehen hatte, empfand den Arzt als wärmer, fürsorglicher und mitfühlender und war danach weniger ängstlich. Wie viel die Teilnehmerinnen behielten und welche Behandlung sie wählten, änderte sich nicht.',
      },
      use: {
        p1: 'Die Check-ins sind auf diese Dauer ausgelegt: etwa 40 Sekunden vor oder nach einem Meeting, so lange, wie eine kleine Geste der Aufmerksamkeit dauert. Die Vertrauensbildner, die du markieren kannst (Empathie, Wärme, Zugehört, Anerkannt), sind genau solche Momente.',
      },
      limits: {
        p1: 'Die Teilnehmerinnen sahen ein Video; sie waren nicht in einem echten Arztgespräch.',
        p2: 'Es war ein medizinisches Umfeld, in dem viel auf dem Spiel stand, kein Arbeitsplatz, und gemessen wurde die Angst direkt nach dem Ansehen, nicht Wochen später.',
      },
      citation:
        'Fogarty, L. A., Curbow, B. A., Wingard, J. R., McDonnell, K., & Somerfield, M. R. (1999). Can 40 seconds of compassion reduce patient anxiety? Journal of Clinical Oncology, 17(1), 371–379. doi:10.1200/JCO.1999.17.1.371',
    },
    'weak-ties': {
      title: 'Smalltalk mit losen Kontakten',
      claim: 'Kurze Begegnungen mit Menschen, die wir nicht gut kennen, gehen mit besseren Tagen einher.',
      found: {
        p1: 'Studierende hielten ihre Begegnungen mit Kommilitonen fest; an Tagen, an denen sie mit mehr Kommilitonen als üblich zu tun hatten, waren sie glücklicher und fühlten sich zugehöriger. In weiteren Studien zu allen täglichen Begegnungen berichteten Studierende und Erwachsene, die mehr Kontakt als üblich mit losen Bekanntschaften (Bekannten, nicht engen Freunden) hatten, an diesen Tagen ebenfalls von größerem Wohlbefinden.',
      },
      use: {
        p1: 'Touchpoint fragt nach Momenten auf dem Flur und im Chat, nicht nur nach Meetings, und listet die Personen auf, die du in Meetings getroffen, mit denen du aber länger keinen positiven Moment hattest („Länger nicht erreicht“): Die Kollegin aus einem anderen Team zählt genauso wie dein engster Mitarbeiter.',
      },
      limits: {
        p1: 'Es waren Tagebuch- und Befragungsstudien: Sie zeigen, dass beides zusammen auftritt, nicht, dass mehr Smalltalk bessere Tage bewirkt. Glücklichere Menschen sprechen vielleicht einfach mit mehr Leuten.',
        p2: 'Die Stichproben bestanden aus Studierenden und Erwachsenen aus der Umgebung, und das Wohlbefinden wurde selbst angegeben.',
      },
      citation:
        'Sandstrom, G. M., & Dunn, E. W. (2014). Social interactions and well-being: The surprising power of weak ties. Personality and Social Psychology Bulletin, 40(7), 910–922. doi:10.1177/0146167214529799',
    },
    'rudeness': {
      title: 'Unhöflichkeit miterleben',
      claim: 'Wer sieht, wie jemand unhöflich behandelt wird, leistet danach selbst weniger.',
      found: {
        p1: 'In drei Experimenten schnitten Menschen, die Unhöflichkeit nur beobachtet hatten – durch eine Autoritätsperson oder durch Gleichgestellte –, anschließend bei Routineaufgaben (etwa Worträtseln) und bei kreativen Aufgaben (etwa beim Sammeln von Ideen) schlechter ab. Sie waren auch weniger hilfsbereit und hatten mehr aggressive Gedanken. Die schlechte Stimmung nach dem Erlebten erklärte einen Großteil des Rückgangs.',
      },
      use: {
        p1: 'Du kannst Momente festhalten, die du beobachtet hast („Ich habe gesehen, wie jemand …“), ob stärkend oder schädlich, als eigene Art von Eintrag: Was vor deinem Team passiert, wirkt auf dein Team. Schaden wird immer gezählt und nie mit Stärkung verrechnet, und Vertrauenskiller wie Schuldzuweisung, Sarkasmus und Spott werden markiert, damit du siehst, wenn sie wiederkehren.',
      },
      limits: {
        p1: 'Es waren kurze Laborexperimente, meist mit Studierenden, jeweils rund um einen einzelnen unhöflichen Vorfall.',
        p2: 'Die Aufgaben waren Laboraufgaben; Auswirkungen auf echte Arbeit über Monate wurden nicht gemessen.',
      },
      citation:
        'Porath, C. L., & Erez, A. (2009). Overlooked but not untouched: How rudeness reduces onlookers’ performance on routine and creative tasks. Organizational Behavior and Human Decision Processes, 109(1), 29–44. doi:10.1016/j.obhdp.2009.01.003',
    },
    'if-then': {
      title: 'Wenn-dann-Pläne',
      claim: 'Wer vorab festlegt, wann und wie er handelt, setzt es eher um.',
      found: {
        p1: 'Eine Übersichtsarbeit über 94 unabhängige Tests ergab, dass Menschen, die einen „Durchführungsvorsatz“ fassten – einen Plan der Form „Wenn Situation Y eintritt, dann tue ich Z“ –, ihre Ziele häufiger erreichten als Menschen, die nur das Ziel hatten. Der durchschnittliche Effekt war mittel bis groß (d ≈ 0,65).',
        p2: 'Solche Pläne halfen, anzufangen, trotz Ablenkungen auf Kurs zu bleiben und einen Weg aufzugeben, der nicht funktionierte.',
      },
      use: {
        p1: 'Vor einem Meeting fragt die Karte, wie du auftreten willst, und schlägt vor, es als Wenn-dann-Plan zu formulieren („Wenn ich mich gehetzt fühle, dann frage ich, wie es ihnen geht“). Danach fragt sie, ob du ihn eingehalten hast, und die Einblicke zeigen, wie oft dir das gelungen ist.',
      },
      limits: {
        p1: 'Der Effekt schwankt stark je nach Ziel und Umfeld; Pläne helfen am meisten, wenn dir das Ziel wichtig ist.',
        p2: 'Veröffentlichte Effekte in der Psychologie überschätzen die wahre Größe oft, und spätere, größere Übersichtsarbeiten berichten eine Spanne von Effekten. Erwarte eine Hilfe, keine Garantie.',
        p3: 'Ein Vorsatz aus einem einzigen Wort ist kein vollständiger Wenn-dann-Plan: Dein eigenes „Wenn …, dann …“ zu schreiben, kommt dem, was untersucht wurde, näher.',
      },
      citation:
        'Gollwitzer, P. M., & Sheeran, P. (2006). Implementation intentions and goal achievement: A meta-analysis of effects and processes. Advances in Experimental Social Psychology, 38, 69–119. doi:10.1016/S0065-2601(06)38002-1',
    },
  },
} satisfies Catalog<typeof en>;
