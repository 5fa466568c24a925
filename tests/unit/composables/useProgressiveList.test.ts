// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { useProgressiveList } from '~/composables/useProgressiveList'
import { setHydratingFirstPage } from '~/utils/lazyHydration'

const items = ref<number[]>([])

const List = defineComponent(() => {
  const shown = useProgressiveList(items, { first: 3, step: 4 })
  return () => h('ul', shown.value.map(n => h('li', n)))
})

const count = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('li').length

afterEach(() => {
  vi.useRealTimers()
  setHydratingFirstPage(false)
})

describe('a list rendered in the browser a few items a task', () => {
  it('shows the first items at once and the rest a few a task', async () => {
    vi.useFakeTimers()
    items.value = Array.from({ length: 10 }, (_, i) => i)
    const wrapper = mount(List)
    expect(count(wrapper)).toBe(3)
    await vi.advanceTimersToNextTimerAsync()
    expect(count(wrapper)).toBe(7)
    await vi.advanceTimersToNextTimerAsync()
    expect(count(wrapper)).toBe(10)
    await vi.runAllTimersAsync()
    expect(count(wrapper)).toBe(10)
    // a longer list goes on where it was
    items.value = Array.from({ length: 14 }, (_, i) => i)
    await nextTick()
    expect(count(wrapper)).toBe(11)
    await vi.runAllTimersAsync()
    expect(count(wrapper)).toBe(14)
  })

  it('comes whole while the app hydrates the page the browser arrived with, as its HTML has it', () => {
    items.value = Array.from({ length: 10 }, (_, i) => i)
    setHydratingFirstPage(true)
    expect(count(mount(List))).toBe(10)
  })

  it('grows a few items a task once hydrated whole', async () => {
    vi.useFakeTimers()
    items.value = Array.from({ length: 10 }, (_, i) => i)
    setHydratingFirstPage(true)
    const wrapper = mount(List)
    setHydratingFirstPage(false)
    expect(count(wrapper)).toBe(10)
    items.value = Array.from({ length: 20 }, (_, i) => i)
    await nextTick()
    expect(count(wrapper)).toBe(10)
    await vi.advanceTimersToNextTimerAsync()
    expect(count(wrapper)).toBe(14)
    await vi.runAllTimersAsync()
    expect(count(wrapper)).toBe(20)
  })

  it('stops when its page goes', () => {
    vi.useFakeTimers()
    items.value = Array.from({ length: 10 }, (_, i) => i)
    const wrapper = mount(List)
    const pending = vi.getTimerCount()
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(pending - 1)
  })
})
