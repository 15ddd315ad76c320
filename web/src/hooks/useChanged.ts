import { useState } from 'react';

/**
 * True during the render in which any of `values` differs (Object.is, like an effect's
 * dependencies) from the previous render's. Lets a component reset its own state when a prop
 * changes during that render, instead of in an effect that renders once more:
 * `if (useChanged(item)) setError(null);` (React's "adjusting some state when a prop changes").
 */
export function useChanged(...values: unknown[]): boolean {
  const [seen, setSeen] = useState(values);
  if (seen.length === values.length && seen.every((value, index) => Object.is(value, values[index]))) return false;
  setSeen(values);
  return true;
}
