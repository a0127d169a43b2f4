// Progressive enhancement only: every page works without this file.
import { enhancePhoneInputs } from './phone.js';

document.addEventListener('DOMContentLoaded', () => {
  enhancePhoneInputs(document);
});
