// On a shared computer, remove every draft this site keeps in the browser when someone signs out.
// No import is needed: the audit's script tag has already defined the element.
document.querySelector('#sign-out').addEventListener('click', () => {
  customElements.get('s11-audit')?.clearDrafts();
});
