import type { CSSProperties } from 'react';

/** Markdown documents (the requirement) are shown as preformatted text. */
export const PRE: CSSProperties = {
  whiteSpace: 'pre-wrap',
  background: '#fafafa',
  border: '1px solid #f0f0f0',
  borderRadius: 6,
  padding: 12,
  margin: '4px 0 0',
  fontSize: 13,
};
