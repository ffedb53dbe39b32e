/** A field's validation or save error, announced when it appears; nothing when there is none. */
export function FieldError(props: { message: string | null | undefined; id?: string }) {
  if (!props.message) return null;
  return (
    <p id={props.id} className="field__error" role="alert">
      {props.message}
    </p>
  );
}
