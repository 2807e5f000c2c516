import { randomUUID } from 'node:crypto';
import { html } from 'hono/html';
import { defineMessages, type Lang } from './i18n.ts';
import { csrfField, type FieldError, fieldError, type Html, type View } from './layout.ts';

/**
 * The upload form of the desk and the mailroom. Works as a plain multipart form; `upload.js`
 * takes over when it can, sends the files one by one and shows a progress bar per file.
 */
export const uploadMessages = defineMessages(
  {
    files: 'Bestanden',
    filesHint: 'PDF of scan (JPEG, PNG, TIFF). U kunt meerdere bestanden tegelijk kiezen.',
    filesMissing: 'Kies een of meer bestanden',
    tooManyFiles: (n: number, max: number) =>
      `U koos ${n} bestanden; er kunnen er ${max} tegelijk mee. Er is niets ingenomen: kies er ${max} of minder.`,
    progress: 'Voortgang',
    uploadFailed: 'Het uploaden is mislukt. Probeer het opnieuw.',
    done: 'klaar',
  },
  {
    files: 'Files',
    filesHint: 'PDF or scan (JPEG, PNG, TIFF). You can choose several files at once.',
    filesMissing: 'Choose one or more files',
    tooManyFiles: (n: number, max: number) => `You chose ${n} files; ${max} can go at once. Nothing was taken in: choose ${max} or fewer.`,
    progress: 'Progress',
    uploadFailed: 'The upload failed. Please try again.',
    done: 'done',
  },
);

export function uploadForm(
  v: View,
  o: { action: string; submit: string; errors: FieldError[]; extraFields?: Html; hidden?: Record<string, string> },
): Html {
  const m = uploadMessages(v.lang);
  const f = fieldError(o.errors, 'files');
  return html`<form method="post" action="${o.action}" enctype="multipart/form-data" data-upload data-failed="${m.uploadFailed}" data-done="${m.done}" novalidate>
  ${csrfField(v)}
  <input type="hidden" name="batchId" value="${randomUUID()}">
  ${Object.entries(o.hidden ?? {}).map(([k, val]) => html`<input type="hidden" name="${k}" value="${val}">`)}
  <label for="files">${m.files}</label>
  <p class="hint" id="files-hint">${m.filesHint}</p>
  ${f.message}
  <input type="file" id="files" name="files" multiple required accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff" aria-describedby="files-hint${o.errors.some((e) => e.field === 'files') ? ' files-error' : ''}"${o.errors.some((e) => e.field === 'files') ? html` aria-invalid="true"` : ''}>
  ${o.extraFields ?? ''}
  <p><button type="submit">${o.submit}</button></p>
  <div class="upload-progress" data-progress hidden>
    <h2>${m.progress}</h2>
    <ul class="progress-list" aria-live="polite"></ul>
    <p class="field-error" role="alert" data-upload-error></p>
  </div>
</form>`;
}

export function uploadLang(lang: Lang) {
  return uploadMessages(lang);
}
