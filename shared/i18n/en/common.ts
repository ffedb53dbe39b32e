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
  status: {
    loading: 'Loading…',
    saving: 'Saving…',
  },
} as const;
