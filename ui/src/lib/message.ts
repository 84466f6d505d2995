// How a "spot the scam" message is drawn: which of its parts (in reading order) is the
// sender, the subject or the address, by channel. The first part is always the header:
// the sender of an SMS, chat or e-mail, or the address (or account) at the top of a web page.
import type { Channel, PartView } from "./bindings";

export type MessageLayout = {
  from: PartView | null;
  subject: PartView | null;
  address: PartView | null;
  body: PartView[];
};

/** "paqueteria-mx.example/pago", "https://…": text that reads as a web address. */
export function looksLikeAddress(text: string): boolean {
  return /^(https?:\/\/)?[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/\S*)?$/u.test(text.trim());
}

export function layoutMessage(channel: Channel, parts: readonly PartView[]): MessageLayout {
  const [first = null, ...rest] = parts;
  switch (channel) {
    case "email": {
      const [subject = null, ...body] = rest;
      return { from: first, subject, address: null, body };
    }
    case "web":
      return first && looksLikeAddress(first.text)
        ? { from: null, subject: null, address: first, body: rest }
        : { from: first, subject: null, address: null, body: rest };
    default:
      return { from: first, subject: null, address: null, body: rest };
  }
}
