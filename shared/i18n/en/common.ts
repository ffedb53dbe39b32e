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
  status: {
    loading: 'Loading…',
    saving: 'Saving…',
  },
} as const;
