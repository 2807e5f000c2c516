// Progressive enhancement of [data-upload] forms: send the files one by one with XHR so each gets a
// progress bar. Without this script the form posts all files at once and works the same.
(() => {
  for (const form of document.querySelectorAll('form[data-upload]')) {
    form.addEventListener('submit', (event) => {
      const input = form.querySelector('input[type="file"]');
      if (!input || !window.FormData || !window.XMLHttpRequest || input.files.length === 0) return; // plain post: the server explains
      const emails = Array.from(form.querySelectorAll('input[type="email"]'));
      if (emails.some((e) => !e.checkValidity())) return; // let the server show the error next to the field
      const [email, again] = emails.map((e) => e.value.trim().toLowerCase());
      if (emails.length === 2 && email !== again && email) return; // typed twice differently: the server explains
      event.preventDefault();
      upload(form, Array.from(input.files));
    });
  }

  function upload(form, files) {
    const panel = form.querySelector('[data-progress]');
    const list = panel.querySelector('ul');
    const errorBox = panel.querySelector('[data-upload-error]');
    const button = form.querySelector('button[type="submit"]');
    const token = form.querySelector('input[name="_csrf"]').value;
    panel.hidden = false;
    button.disabled = true;
    errorBox.textContent = '';
    list.textContent = '';
    const rows = files.map((file, i) => {
      const li = document.createElement('li');
      const label = document.createElement('label');
      label.htmlFor = `upload-progress-${i}`;
      label.textContent = file.name;
      const bar = document.createElement('progress');
      bar.id = `upload-progress-${i}`;
      bar.max = 100;
      bar.value = 0;
      const status = document.createElement('span');
      status.className = 'muted';
      li.append(label, bar, ' ', status);
      list.append(li);
      return { bar, status };
    });

    let next = null;
    const send = (i) => {
      if (i >= files.length) {
        if (next) window.location.assign(next);
        return;
      }
      const data = new FormData();
      for (const el of form.querySelectorAll(
        'input[type="hidden"], input[type="email"], input[type="text"], input[type="checkbox"]:checked, select',
      )) {
        if (el.name) data.append(el.name, el.value);
      }
      data.append('seq', String(i));
      data.append('files', files[i], files[i].name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('X-CSRF-Token', token);
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) rows[i].bar.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener('load', () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          rows[i].bar.value = 100;
          rows[i].status.textContent = form.dataset.done;
          try {
            next = JSON.parse(xhr.responseText).next || next;
          } catch {
            /* keep the previous link */
          }
          send(i + 1);
        } else fail(xhr);
      });
      xhr.addEventListener('error', () => fail(xhr));
      xhr.send(data);
    };
    const fail = (xhr) => {
      let message = form.dataset.failed;
      try {
        message = JSON.parse(xhr.responseText).message || message;
      } catch {
        /* generic message */
      }
      errorBox.textContent = message;
      button.disabled = false;
    };
    send(0);
  }
})();
