/**
 * The tel: URI for a phone number as written: its digits and +, with an extension at the end
 * ("ext. 12", "ext 12", "extension: 12", "x12", "#12", ";ext=12") carried as RFC 3966 ";ext=12"
 * rather than dialled as part of the number. Only digits, + and ";ext=" are kept: safe as a link.
 */
export function telUrl(phone: string): string {
  // From the x of "ext"/"x" or a "#" to the last digits; the letters before x are not digits anyway.
  const ext = /[x#][^\dx#]*(\d+)\D*$/i.exec(phone);
  return `tel:${phone.slice(0, ext?.index).replace(/[^\d+]/g, '')}${ext ? `;ext=${ext[1]}` : ''}`;
}
