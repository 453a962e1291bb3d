// Puts one audit on the page, its draft named by ?key=, on the page that ?page= names.
const params = new URLSearchParams(location.search);
const audit = document.createElement('s11-audit');
audit.setAttribute('framework', 'portsmouth-compact');
audit.setAttribute('storage-key', params.get('key') ?? 'crash');
audit.setAttribute('page', params.get('page') ?? 'tasks');
document.querySelector('main').append(audit);
