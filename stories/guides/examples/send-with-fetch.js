// Send the return to your own API when the person presses Submit return. The audit says "sent"
// only when the promise resolves to your server's receipt; if it rejects, the person is told the
// return was not sent, with Try again, and the draft stays in the browser.
const audit = document.querySelector('s11-audit');

audit.addEventListener('s11-submit', (event) => {
  event.detail.waitUntil(
    fetch('/section-11/returns', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // The same key for every retry of the same answers: your server stores each return once.
        'Idempotency-Key': event.detail.idempotencyKey,
      },
      body: JSON.stringify(event.detail.value),
    }).then(async (response) => {
      if (!response.ok) throw new Error(`The server answered ${response.status}`);
      return response.json(); // { "reference": "...", "receivedAt": "..." }
    }),
  );
});
