/**
 * The tel: URI for a phone number as written: its digits and +, with an extension at the end
 * ("ext. 12", "ext 12", "extension: 12", "x12", "#12", ";ext=12") carried as RFC 3966 ";ext=12"
 * rather than dialled as part of the number, and a vanity number's letters as keypad digits. Only
 * digits, + and ";ext=" are kept: safe as a link.
 */
export function telUrl(phone: string): string {
  // From the x of "ext"/"x" or a "#" to the last digits; the letters before x are not digits anyway.
  const ext = /[x#][^\dx#]*(\d+)\D*$/i.exec(phone);
  // Capitals after a digit or dash spell digits, as on a keypad: "1-888-CODE-ORG".
  const number = phone
    .slice(0, ext?.index)
    .replace(/([\d-])([A-Z]{2,})/g, (_, before: string, word: string) => before + word.replace(/./g, (c) => KEYPAD[c.charCodeAt(0) - 65]));
  return `tel:${number.replace(/[^\d+]/g, '')}${ext ? `;ext=${ext[1]}` : ''}`;
}

const KEYPAD = '22233344455566677778889999';
