// What a scanned label says: the tracking code itself (Code 128) or the address of its tracking page (QR code).
export function codeFrom(text) {
  const raw = String(text ?? '').trim();
  const tracked = raw.match(/\/track\/([A-Za-z0-9-]{1,32})\/?(?:[?#].*)?$/);
  const code = tracked ? tracked[1] : raw;
  const clean = code.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9-]{1,32}$/.test(clean) ? clean : null;
}
