// Groups a Vietnamese mobile number as it is typed ("0912345678" -> "0912 345 678"); the server accepts any grouping.
export function formatPhone(value) {
  const digits = value.replace(/[^\d+]/g, '');
  if (!/^0\d*$/.test(digits) || digits.length > 10) {
    return value;
  }
  return [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)].filter(Boolean).join(' ');
}

export function enhancePhoneInputs(root) {
  for (const input of root.querySelectorAll('input[type="tel"]')) {
    input.addEventListener('blur', () => {
      input.value = formatPhone(input.value);
    });
  }
}
