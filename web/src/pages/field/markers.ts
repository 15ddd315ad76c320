/** Colours of the map's markers (and its legend). */
export const VISIT_COLOURS: Record<'planned' | 'done' | 'missed' | 'cancelled', string> = {
  planned: '#0958d9',
  done: '#237804',
  missed: '#cf1322',
  cancelled: '#595959',
};
export const GRADE_COLOURS: Record<string, string> = { A: '#ad6800', B: '#0958d9', C: '#08979c', D: '#595959' };
export const SILENCE_COLOURS: Record<'active' | 'quiet' | 'silent', string> = { active: '#237804', quiet: '#ad6800', silent: '#cf1322' };

/** A popup's content as DOM nodes: names and notes are user text, never HTML. */
export function popupContent(title: string, lines: string[]): HTMLElement {
  const root = document.createElement('div');
  root.className = 'field-popup';
  const heading = document.createElement('strong');
  heading.textContent = title;
  root.appendChild(heading);
  for (const line of lines.filter((l) => l.trim() !== '')) {
    const p = document.createElement('div');
    p.textContent = line;
    root.appendChild(p);
  }
  return root;
}
