// Attachment: focus an element as soon as it is in the document (used on each screen's h1).
export function focusOnMount(node: HTMLElement): void {
  node.focus();
}
