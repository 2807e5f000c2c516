// Keeps a batch table up to date by polling its JSON while files are still being processed.
// Without this script the page has a plain "Refresh" link.
(() => {
  const root = document.querySelector('[data-batch]');
  if (!root || !window.fetch) return;
  if (!root.querySelector('tr[data-seq]:not([data-settled])')) return; // nothing left to wait for
  const summary = root.querySelector('[data-summary]');
  const template = root.dataset.summaryTemplate;
  let paused = false;
  let timer = null;

  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'secondary';
  toggle.textContent = root.dataset.pause;
  toggle.addEventListener('click', () => {
    paused = !paused;
    toggle.textContent = paused ? root.dataset.resume : root.dataset.pause;
    if (!paused) schedule(0);
  });
  summary.after(toggle);

  const tagClass = (state) =>
    state === 'rejected' || state === 'failed'
      ? 'tag-error'
      : state === 'triage' || state === 'duplicate'
        ? 'tag-warning'
        : state === 'routed'
          ? 'tag-ok'
          : '';

  function schedule(ms) {
    clearTimeout(timer);
    timer = setTimeout(poll, ms);
  }

  async function poll() {
    if (paused) return;
    try {
      const res = await fetch(root.dataset.batch, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!res.ok) return schedule(10000);
      const data = await res.json();
      let settled = 0;
      for (const f of data.files) {
        if (f.settled) settled++;
        const row = root.querySelector(`tr[data-seq="${f.seq}"]`);
        if (!row) continue;
        const tag = document.createElement('span');
        tag.className = `tag ${tagClass(f.state)}`;
        tag.textContent = f.label;
        row.querySelector('[data-field="label"]').replaceChildren(tag);
        const detail = row.querySelector('[data-field="detail"]');
        detail.textContent = f.detail;
        detail.lang = f.detailLang;
      }
      const done = settled === data.files.length;
      const text = done ? root.dataset.done : template.replace('{n}', settled).replace('{n}', data.files.length);
      if (summary.textContent !== text) summary.textContent = text;
      if (done) toggle.remove();
      else schedule(3000);
    } catch {
      schedule(10000);
    }
  }
  schedule(3000);
})();
