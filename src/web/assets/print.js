/* global document, window */
// Progressive enhancement only: the receipt page prints from the browser menu without this file.
// With it, the hidden 打印本页 button appears and opens the print dialogue.
for (const button of document.querySelectorAll('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
