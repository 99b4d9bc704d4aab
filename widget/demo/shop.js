// The sample shop's own script: what a real site would do around the widget. It names the
// visitor with a pseudonymous id of its own (never an e-mail or phone number), switches the
// widget's language and lists the widget's events. `?processor=` and `?key=` try another
// processor of this PISA server.

const widget = document.querySelector('pisa-consent');
const events = document.getElementById('events');
const params = new URLSearchParams(location.search);

function visitorId() {
  const stored = localStorage.getItem('pisa-demo-shop-visitor');
  if (stored) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  const id = `shop-visitor-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  localStorage.setItem('pisa-demo-shop-visitor', id);
  return id;
}

function log(zh, en) {
  const item = document.createElement('li');
  const english = document.createElement('span');
  english.lang = 'en';
  english.textContent = en;
  item.append(`${zh} `, english);
  events.append(item);
}

if (widget) {
  for (const name of ['processor', 'key']) {
    const value = params.get(name);
    if (value) widget.setAttribute(name, value);
  }
  widget.setAttribute('subject', visitorId());
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => widget.setAttribute('lang', button.dataset.lang));
  }
  widget.addEventListener('pisa-consent:recorded', (event) => {
    const n = event.detail.receipts.length;
    log(`已记录：${n} 份回执。`, `Recorded: ${n} receipts.`);
  });
  widget.addEventListener('pisa-consent:error', (event) => {
    log(`出错：${event.detail.message.zh}`, `Error: ${event.detail.message.en}`);
  });
}
