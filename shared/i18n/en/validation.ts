/** English texts of the "validation" namespace. Keys are grouped by screen part; plurals end in _one/_other. */
export default {} as const;
