// A product typed at the orchard with no signal is kept on the phone and sent when the network returns, exactly once:
// every retry of the same draft carries the same Idempotency-Key, and the server answers a repeat with the first
// product instead of making a second. A draft belongs to the account that wrote it: it is sent only while that
// account is signed in, never as whoever uses the phone next.
const QUEUE = 'chophien.drafts';

/** The JSON body of POST /api/products from the new-product form's fields. */
export function productFromForm(fields) {
  const number = (text) => Number(String(text || '').replace(/[.\s]/g, ''));
  return {
    name: fields.name,
    category: fields.category,
    description: fields.description || '',
    variants: [{
      label: fields.label,
      weightGrams: number(fields.weightGrams),
      priceVnd: number(fields.priceVnd),
      stock: number(fields.stock),
    }],
  };
}

export function readQueue(storage) {
  try {
    return JSON.parse(storage.getItem(QUEUE) || '[]');
  } catch {
    return [];
  }
}

export function writeQueue(storage, queue) {
  storage.setItem(QUEUE, JSON.stringify(queue));
}

/** The signed-in account the page was made for (its layout says so), or '' for a visitor. */
export function currentOwner(doc) {
  return (doc.body && doc.body.dataset.account) || '';
}

/**
 * Sends the queued drafts of {@code owner}; keeps those the network failed and every other account's, drops those the
 * server answered.
 */
export async function flush(storage, send, owner) {
  const remaining = [];
  for (const draft of readQueue(storage)) {
    if (!owner || draft.owner !== owner) {
      remaining.push(draft);
      continue;
    }
    try {
      const status = await send(draft);
      if (status >= 500 || status === 409) remaining.push(draft); // 409: the first attempt is still running
    } catch {
      remaining.push(draft);
    }
  }
  writeQueue(storage, remaining);
  return remaining.length;
}

/** The page's CSRF token, fresh from the server: the one saved with the draft may belong to an old session. */
async function currentToken() {
  const page = await fetch('/seller/products/new', { credentials: 'same-origin' });
  const match = /name="csrf-token" value="([^"]+)"/.exec(await page.text());
  return match ? match[1] : '';
}

async function sendDraft(draft) {
  const response = await fetch('/api/products', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': draft.key,
      'X-CSRF-Token': await currentToken(),
    },
    body: JSON.stringify(draft.product),
  });
  return response.status;
}

function newKey() {
  return window.crypto && crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

export function enhanceDraftForms(root, storage = window.localStorage) {
  const form = root.querySelector('form[data-offline-draft="product"]');
  const owner = currentOwner(document);
  const trySend = () => flush(storage, sendDraft, owner).then((left) => {
    if (left === 0) document.documentElement.classList.remove('has-drafts');
  });
  if (readQueue(storage).length) {
    document.documentElement.classList.add('has-drafts');
    if (navigator.onLine) trySend();
  }
  window.addEventListener('online', trySend);
  if (!form) return;
  form.addEventListener('submit', (event) => {
    if (navigator.onLine) return; // online: the plain form post, with its error messages
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(form).entries());
    const queue = readQueue(storage);
    queue.push({ key: newKey(), owner, savedAt: new Date().toISOString(), product: productFromForm(fields) });
    writeQueue(storage, queue);
    document.documentElement.classList.add('has-drafts');
    const note = form.querySelector('[data-draft-saved]');
    if (note) note.hidden = false;
  });
}
