/**
 * The tel: URI for the first phone number in a text as written: its digits and +, a vanity number's
 * capitals as keypad digits ("1-888-CODE-ORG"), and an extension written right after it ("ext. 12",
 * "x12", "#12", "extension: 12", ";ext=12") carried as RFC 3966 ";ext=12" rather than dialled. What
 * follows ("or 555-0199", ", Mon-Fri 9-5", "(text after 6pm)") is not dialled. Undefined when that
 * is not a number (fewer than 3 or more than 15 digits, E.164's most). Only digits, + and ";ext=" are
 * kept: safe as a link.
 */
export function telUrl(phone: string): string | undefined {
  // Capitals only after a digit or a dash: "(555) 010-0000 (TEXT ONLY)" is no vanity number. A
  // dash is also a word processor's (a non-breaking hyphen, an en dash, a minus sign) when a digit
  // or a capital follows it at once: spaced, "555-0100 – 9am–5pm", it ends the number.
  const number = /\+?\d(?:(?:[\d-]|[\u2010-\u2013\u2212](?=[\dA-Z]))[A-Z]*|[\s().\/])*/.exec(phone);
  // Not `(?:ext\D*|x|#)\W*`, the same words: \D* and \W* sharing a long run of spaces tried every split of it.
  const ext = number && /^\W*(?:ext\D*|[x#]\W*)(\d+)/i.exec(phone.slice(number.index + number[0].length));
  const digits = number?.[0].replace(/[A-Z]/g, (c) => KEYPAD[c.charCodeAt(0) - 65]).replace(/[^\d+]/g, '');
  return /^\+?\d{3,15}$/.test(digits!) ? `tel:${digits}${ext ? `;ext=${ext[1]}` : ''}` : undefined;
}

const KEYPAD = '22233344455566677778889999';
