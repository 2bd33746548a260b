/**
 * The address readers write to when they find an error (EDITOR_EMAIL), and the
 * pre-filled mailto: link of the "report an error" box on task and plan pages.
 * Without EDITOR_EMAIL the box points to the way the about page describes; no
 * address is ever made up.
 */

const HOW_TO_SET = "Set it to the editors' public address, for example EDITOR_EMAIL=bientap@papi.example.org npm run build, or leave it unset.";

// One address, with the characters a mailto: link can carry without escaping
// (RFC 6068): no space, comma, '?', '&', '%' or line break.
const ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Reads EDITOR_EMAIL: null when unset or blank; anything but one plain address is an error that says how to set it. */
export function editorEmail(value: string | undefined): string | null {
  const given = value?.trim();
  if (!given) return null;
  if (/^mailto:/i.test(given)) throw new Error(`EDITOR_EMAIL="${given}" starts with "mailto:"; give the address only. ${HOW_TO_SET}`);
  if (/[\s,;]/.test(given))
    throw new Error(`EDITOR_EMAIL="${given.replace(/[\r\n]/g, '\\n')}" holds a space, a line break or several addresses; give one address. ${HOW_TO_SET}`);
  if (!ADDRESS.test(given) || given.length > 254) throw new Error(`EDITOR_EMAIL="${given}" is not an e-mail address. ${HOW_TO_SET}`);
  return given;
}

/** The build's editor address (EDITOR_EMAIL), or null. */
export function buildEditorEmail(): string | null {
  return editorEmail(process.env.EDITOR_EMAIL);
}

/**
 * A mailto: link with a subject and a body (RFC 6068). The subject is one line:
 * a line break in it, which a mail program would read as a new header, becomes a
 * space. Both are percent-encoded as UTF-8, so Vietnamese text arrives intact;
 * line breaks of the body are sent as CRLF (%0D%0A).
 */
export function mailtoLink(to: string, subject: string, body: string): string {
  const address = editorEmail(to);
  if (!address) throw new Error('mailtoLink needs an address');
  const oneLine = subject.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  const crlf = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(oneLine)}&body=${encodeURIComponent(crlf)}`;
}
