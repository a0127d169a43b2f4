// Camera scanning on the post office's pages: a "scan" button beside the code field opens the camera, and a label's
// barcode or QR code fills the field and submits it. The browser's own BarcodeDetector is used where it exists;
// elsewhere a ZXing reader is loaded from /assets, only then. Typing the code always works, with or without this.
import { codeFrom } from './scan-code.js';

const FORMATS = ['code_128', 'qr_code'];

async function detector() {
  if ('BarcodeDetector' in window) {
    const supported = await window.BarcodeDetector.getSupportedFormats();
    const formats = FORMATS.filter((f) => supported.includes(f));
    if (formats.length > 0) return new window.BarcodeDetector({ formats });
  }
  const { BarcodeDetector } = await import('./scan-fallback.js');
  return new BarcodeDetector({ formats: FORMATS });
}

async function scan(form, input, status) {
  const video = document.createElement('video');
  video.setAttribute('playsinline', '');
  video.muted = true;
  video.className = 'scan-video';
  form.after(video);
  status.textContent = form.dataset.scanWait;
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    video.srcObject = stream;
    await video.play();
    const reader = await detector();
    status.textContent = form.dataset.scanAim;
    for (;;) {
      const found = await reader.detect(video);
      const code = found.map((b) => codeFrom(b.rawValue)).find(Boolean);
      if (code) {
        input.value = code;
        form.submit();
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (e) {
    status.textContent = form.dataset.scanFailed;
  } finally {
    stream?.getTracks().forEach((t) => t.stop());
    video.remove();
  }
}

function enhance(form) {
  const input = form.querySelector('input[name=code]');
  if (!input || !navigator.mediaDevices?.getUserMedia) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button secondary scan-button';
  button.textContent = form.dataset.scanLabel;
  const status = document.createElement('p');
  status.className = 'hint';
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => {
    button.disabled = true;
    scan(form, input, status).finally(() => {
      button.disabled = false;
    });
  });
  form.append(button, status);
}

for (const form of document.querySelectorAll('form[data-scan]')) enhance(form);
