/** Saves text or a blob as a file the reader can open (CSV, PNG). */
export function useDownload() {
  function download(filename: string, data: Blob | string, type = 'text/csv;charset=utf-8') {
    const blob = typeof data === 'string' ? new Blob([data], { type }) : data
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = filename
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return { download }
}
