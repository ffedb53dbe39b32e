/** A calendar's colour as a dot. Decorative: the calendar's name always goes with it. */
export function ColorSwatch(props: { color: string; size?: 'small' | 'large' }) {
  return <span className={`swatch${props.size === 'large' ? ' swatch--large' : ''}`} style={{ backgroundColor: props.color }} aria-hidden="true" />;
}
