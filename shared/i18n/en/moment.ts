/** English texts of the "moment" namespace. Keys are grouped by screen part; plurals end in _one/_other. */
export default {
  form: {
    kindLegend: 'Whose moment is it?',
    own: 'My moment',
    witnessed: 'Something I saw',
    valenceOwn: 'Did this moment help or harm trust?',
    valenceWitnessed: 'Did what you saw help or harm trust?',
    whatHappened: 'What happened?',
    withWhom: 'With whom?',
    whoWasInvolved: 'Who was involved?',
    peopleHint: 'Press Enter or comma after each name.',
    note: 'Note <muted>(optional)</muted>',
    notePlaceholder: 'What happened, in a line',
    charactersLeft_one: '{{count, number}} character left',
    charactersLeft_other: '{{count, number}} characters left',
    chooseValence: 'Choose whether this moment helped or harmed trust.',
  },
  /** Key hints shown on buttons (a German keyboard says "Strg" where an English one says "Ctrl"; the save keys are common:keys). */
  keys: {
    esc: 'Esc',
    ctrlZ: 'Ctrl Z',
  },
  valence: {
    helped: 'Helped',
    harmed: 'Harmed',
    helpedHint: 'built trust',
    harmedHint: 'cost trust',
  },
  tags: {
    list: 'Behaviours',
    builders: 'Builders',
    damagers: 'Damagers',
    chooseValenceFirst: 'Choose helped or harmed, then what you did.',
    somethingHarmed: 'Something harmed too?',
    somethingHelped: 'Something helped too?',
  },
  people: {
    remove: 'Remove {{name}}',
    addAnother: 'Add someone else',
    typeName: 'Type a name, then Enter',
  },
  popup: {
    title: 'Log a moment',
    savedSealed: 'Saved, sealed until you unlock',
    savedSealedDetail: 'It joins your log when you next unlock Touchpoint.',
    saved: 'Saved to your reflection log',
    savedDetail: 'Small moments add up.',
    /** Completes the error view's sentence "Something in … could not be displayed." */
    viewName: 'Log a moment',
  },
  confirmation: {
    undo: 'Undo',
    undoFailed: 'Could not undo: {{reason}}',
    takenBack: 'Taken back',
    nothingAdded: 'Nothing was added to your log.',
  },
} as const;
