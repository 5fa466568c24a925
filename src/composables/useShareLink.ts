/** Shares the current page: the Web Share API where present, otherwise copy-link with a toast. */
import { useClipboard, useShare } from '@vueuse/core'
import { ref } from 'vue'
import { useRoute } from 'vue-router'
import { shareUrl } from '~/utils/share'

export function useShareLink() {
  const route = useRoute()
  const { share, isSupported } = useShare()
  const { copy } = useClipboard({ legacy: true })
  const toast = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined

  /** The page's link on the address the reader opened it from (the build's site address may be another). */
  function url() {
    return shareUrl(route.fullPath, window.location.origin)
  }

  function showToast(message: string) {
    toast.value = message
    clearTimeout(timer)
    timer = setTimeout(() => (toast.value = ''), 2500)
  }

  /** Returns 'shared' | 'copied' | 'cancelled'. */
  async function shareOrCopy(title: string, copiedMessage: string): Promise<'shared' | 'copied' | 'cancelled'> {
    if (isSupported.value) {
      try {
        await share({ title, url: url() })
        return 'shared'
      }
      catch (e) {
        if ((e as Error).name === 'AbortError')
          return 'cancelled'
      }
    }
    await copy(url())
    showToast(copiedMessage)
    return 'copied'
  }

  return { url, toast, shareOrCopy, showToast }
}
