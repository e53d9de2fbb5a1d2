/** <copy-button data-target="id">: copies the text of the textarea it names, and says so; without script the text stays selectable. */

class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const field = document.getElementById(this.dataset['target'] ?? '') as HTMLTextAreaElement | null;
    const button = this.querySelector('button');
    const status = this.querySelector('.copy-status');
    if (!field || !button || !status) return;
    button.addEventListener('click', async () => {
      let copied = false;
      try {
        await navigator.clipboard.writeText(field.value);
        copied = true;
      } catch {
        // No clipboard access (permissions, older browsers): select the text so the reader can copy it.
        field.focus();
        field.select();
      }
      status.textContent = copied ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
