// An import's progress bar, kept current by asking the API every two seconds; the page reloads once the import ends
// (to show its report link). Without this file the page refreshes itself.
export function enhanceImportProgress(root) {
  for (const box of root.querySelectorAll('[data-import-progress]')) {
    if (box.dataset.importStatus !== 'RUNNING') continue;
    const bar = box.querySelector('progress');
    const label = box.querySelector('label[for="import-bar"]');
    const poll = async () => {
      try {
        const answer = await fetch(box.dataset.importProgress, { headers: { Accept: 'application/json' } });
        if (answer.ok) {
          const state = await answer.json();
          if (state.status !== 'RUNNING') {
            window.location.reload();
            return;
          }
          const percent = state.valid === 0 ? 100 : Math.floor((state.done * 100) / state.valid);
          bar.value = percent;
          bar.textContent = `${percent} %`;
          if (label) label.textContent = label.textContent.replace(/\d+\/\d+/, `${state.done}/${state.valid}`);
        }
      } catch (e) {
        // a dropped connection on 3G: try again at the next tick
      }
      setTimeout(poll, 2000);
    };
    setTimeout(poll, 2000);
  }
}
