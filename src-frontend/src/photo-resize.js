// Shrinks a camera photo on the phone before it is sent: at most 1600 px on its longest side and about 250 KB, so an
// upload on slow 3G takes seconds, not minutes. The server re-encodes whatever arrives, so this is only a saving.
export const MAX_SIDE = 1600;
export const MAX_BYTES = 250 * 1024;

/** The size to draw an image of width x height at, never enlarging it. */
export function fitWithin(width, height, maxSide = MAX_SIDE) {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** JPEG qualities to try in turn until the file is small enough. */
export const QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45];

async function shrink(file) {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const size = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0, size.width, size.height);
  let blob = null;
  for (const quality of QUALITIES) {
    blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && blob.size <= MAX_BYTES) break;
  }
  return blob && blob.size < file.size ? blob : file;
}

export function enhancePhotoForms(root) {
  for (const form of root.querySelectorAll('form[data-resize-photo]')) {
    form.addEventListener('submit', async (event) => {
      const input = form.querySelector('input[type="file"]');
      const file = input && input.files && input.files[0];
      if (!file || !window.createImageBitmap || !window.fetch) return; // the plain form post does the job
      event.preventDefault();
      const button = form.querySelector('button[type="submit"]');
      if (button) button.disabled = true;
      try {
        const data = new FormData(form);
        data.set(input.name, await shrink(file), 'photo.jpg');
        const response = await fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin' });
        window.location.assign(response.url || form.action);
      } catch (error) {
        form.submit(); // the network or the browser failed us: send it the plain way
      }
    });
  }
}
