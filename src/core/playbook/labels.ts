/** A playbook item's label in the reader's language. Pure: the web bundles it too. */
export function labelOf(item: { label: string; labelEn?: string } | undefined, locale: string, fallback: string): string {
  if (!item) return fallback;
  return locale === 'en' ? (item.labelEn ?? item.label) : item.label;
}
