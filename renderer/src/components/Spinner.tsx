/** A small busy mark for buttons and status lines; the words next to it say what is happening. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
