/* global document, window */
// Progressive enhancement only: every page works without this file.
// Buttons with data-confirm ask before submitting their form (submit for review, sign off).
document.addEventListener('submit', (event) => {
  const button = event.submitter;
  const message = button && button.getAttribute('data-confirm');
  if (message && !window.confirm(message)) event.preventDefault();
});
