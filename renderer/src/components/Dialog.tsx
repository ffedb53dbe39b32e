import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal built on <dialog>: the browser traps focus, Esc closes it, and focus returns to
 * where it was.
 */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-label={props.title}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <div className="dialog__body">
        <h2 className="dialog__title">{props.title}</h2>
        {props.children}
      </div>
    </dialog>
  );
}
