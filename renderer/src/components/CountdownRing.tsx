/**
 * A subtle ring that empties over `seconds`: a hint of how long this should take, not a
 * deadline (nothing happens when it runs out). Still when the user prefers reduced motion.
 */
export function CountdownRing(props: { seconds: number; label: string }) {
  const r = 15;
  const circumference = 2 * Math.PI * r;
  return (
    <svg className="ring" width="36" height="36" viewBox="0 0 36 36" role="img" aria-label={props.label}>
      <circle className="ring__track" cx="18" cy="18" r={r} />
      <circle
        className="ring__fill"
        cx="18"
        cy="18"
        r={r}
        strokeDasharray={circumference}
        style={{ animationDuration: `${props.seconds}s`, ['--ring-length' as string]: `${circumference}` }}
      />
    </svg>
  );
}
