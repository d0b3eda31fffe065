/**
 * Text from outside (a Graph error message, an error code, a token endpoint's description) made fit for one line of
 * a terminal or a CI log: escape sequences and control characters removed, every kind of line break turned into a
 * space. A line gatehouse prints therefore always starts with gatehouse's own words — a message cannot begin a new
 * line that a terminal would interpret, or that GitHub Actions would read as a workflow command (`::error`,
 * `::add-mask::`).
 */

// ESC-introduced sequences: CSI (`ESC [ … final`), OSC/DCS/PM/APC strings up to BEL or ST, and two-byte escapes.
const ESCAPE_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_]?)/g;
// The 8-bit CSI/OSC/DCS introducers and their strings, as some terminals still honour them.
const C1_SEQUENCES = /[\u009b][0-?]*[ -/]*[@-~]?|[\u009d\u0090\u0098\u009e\u009f][^\u0007\u009c]*[\u0007\u009c]?/g;
// Line breaks of every kind: CR, LF, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
const LINE_BREAKS = /[\r\n\u000b\u000c\u0085\u2028\u2029]+/g;
// Other C0/C1 controls and DEL, and the bidirectional overrides that make text display in another order than it reads.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text: no escape sequences, no control characters, no line breaks; tabs become spaces. */
export function oneLine(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(C1_SEQUENCES, '').replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '');
}

/** `oneLine`, cut to `max` characters (an error message from a hostile endpoint may be megabytes long). */
export function oneLineClipped(text: string, max: number): string {
  // Clip before cleaning too, so a huge message costs no more than a short one.
  const clean = oneLine(text.length > max * 2 ? text.slice(0, max * 2) : text);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
