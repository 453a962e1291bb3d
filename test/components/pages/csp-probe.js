// Loaded before anything else on the strict-CSP page: records every violation for the test to read.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
