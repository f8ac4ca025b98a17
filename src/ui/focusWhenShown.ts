/**
 * Moves the focus to the element with this id once the screen shows it (the next renders),
 * so that an action whose button goes away (start, end, submit) does not drop the focus on
 * the page's body. A heading gets `tabindex="-1"` to take it.
 */
export function focusWhenShown(id: string, frames = 30): void {
  const attempt = (left: number) => {
    const element = document.getElementById(id);
    if (element) {
      if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
      element.focus();
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(frames));
}
