/**
 * What a person types, as it is stored: nothing invisible, nothing that changes how other text is shown, and no
 * card, ID or phone number in clear. Control and format characters (NUL, a lone zero-width space, right-to-left
 * overrides, lone surrogates, private-use and unassigned code points), blank fillers and terminal colour codes
 * are dropped BEFORE masking, so they cannot split a number to slip it past the mask.
 */
import { maskFreeText } from './privacy';

/** ANSI escape sequences (colour, cursor moves): ESC [ parameters, intermediates, a final byte. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
/** Other characters, plus the fillers that are letters but show nothing (Hangul fillers, blank braille). */
const INVISIBLE = /[\p{C}\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** The same, except line breaks (a note may have several lines). */
const INVISIBLE_BUT_NEWLINE = /(?!\n)[\p{C}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** A one-line text (a helper's name): masked, without anything invisible, trimmed. */
export function cleanLine(text: string | undefined): string {
  return maskFreeText((text ?? '').replace(ANSI, '').replace(INVISIBLE, '')).trim();
}

/** A note: like a line, but it keeps its line breaks (at most one empty line in a row). */
export function cleanNote(text: string | undefined): string {
  const visible = (text ?? '').replace(/\r\n?/g, '\n').replace(ANSI, '').replace(INVISIBLE_BUT_NEWLINE, '');
  return maskFreeText(visible)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
