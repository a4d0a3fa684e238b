/**
 * Speaker notes (the markdown in a slide's closing comment) as simple HTML for the notes handout:
 * paragraphs, **bold**, *italic*, and Slidev's `[click]` markers shown as a small badge.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

export function notesToHtml(note: string): string {
  return note
    .split(/\n\s*\n|\n(?=\[click(?::\d+)?\])/)
    .map(p => p.trim())
    .filter(Boolean)
    .map((p) => {
      const html = escapeHtml(p)
        .replace(/\[click(?::(\d+))?\]/g, (_, n) => `<span class="click">click${n ? ` ${n}` : ''}</span>`)
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/\*(.+?)\*/g, '<em>$1</em>')
      return `<p>${html}</p>`
    })
    .join('\n')
}
