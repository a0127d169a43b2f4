// Progressive enhancement only: every page works without this file.
import { enhancePhoneInputs } from './phone.js';
import { enhancePhotoForms } from './photo-resize.js';
import { enhanceDraftForms } from './offline-draft.js';
import { enhanceImportProgress } from './import-progress.js';

document.addEventListener('DOMContentLoaded', () => {
  enhancePhoneInputs(document);
  enhancePhotoForms(document);
  enhanceDraftForms(document);
  enhanceImportProgress(document);
  for (const select of document.querySelectorAll('select[data-autosubmit]')) {
    select.addEventListener('change', () => select.form.submit());
  }
});
