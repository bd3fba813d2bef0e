/** Reading an .ics calendar file as the tests check it. */

/** The file with its folded lines joined again (RFC 5545 3.1: a CRLF and a space continue a line). */
export const unfoldIcs = (ics: string) => ics.replace(/\r\n /g, '');

/** The first line of an unfolded file that sets `name` ("SUMMARY:…"), whole; undefined when none does. */
export const icsProperty = (ics: string, name: string) => ics.split('\r\n').find((line) => line.startsWith(`${name}:`));
