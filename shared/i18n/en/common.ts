/** English texts shared by many screens. Keys are grouped by use; plurals end in _one/_other. */
export default {
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    undo: 'Undo',
    back: 'Back',
    retry: 'Try again',
    done: 'Done',
    dismiss: 'Dismiss',
    add: 'Add',
  },
  /** Behaviour tags by their stored id (shared/domain/tags.ts): `t(`common:tags.${id}`)`. */
  tags: {
    'authenticity': 'Authenticity',
    'empathy': 'Empathy',
    'warmth': 'Warmth',
    'eye-contact': 'Eye contact',
    'listened': 'Listened',
    'recognised': 'Recognised / thanked',
    'humour': 'Humour',
    'followed-up': 'Followed up',
    'judgement': 'Judgement',
    'blame': 'Blame',
    'interrupting': 'Interrupting',
    'sarcasm': 'Sarcasm',
    'eye-rolling': 'Eye-rolling / folded arms',
    'scoffing': 'Scoffing',
    'distracted': 'Distracted / on the phone',
    'rushed': 'Rushed',
    'indifference': 'Indifference',
  },
  /** The window's own errors, when the main process cannot answer at all. */
  errors: {
    unreachable: 'Touchpoint could not reach its data. Please try again.',
    generic: 'Something went wrong.',
  },
  status: {
    loading: 'Loading…',
    saving: 'Saving…',
  },
  /** A short list of words or addresses with a field to add one (components/ListEditor). */
  listEditor: {
    empty: 'Type something to add first.',
    duplicate: '“{{value}}” is already in the list.',
    remove: 'Remove {{item}}',
  },
  /** Key caps shown next to a button: Ctrl+Enter (⌘+Enter on a Mac) saves a form. */
  keys: {
    save: 'Ctrl Enter',
    saveMac: '⌘ Enter',
    /** Modifier keys as the keyboard labels them, for a shortcut written out on Windows and Linux. */
    modifiers: {
      ctrl: 'Ctrl',
      shift: 'Shift',
      alt: 'Alt',
      altGr: 'AltGr',
      super: 'Super',
    },
  },
} as const;
