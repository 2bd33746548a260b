/**
 * Text made safe to place where a reader expects HTML (a feed item's description):
 * the five characters HTML gives meaning to become entities, so that text written
 * as "<img onerror=…>" is shown, never run.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
