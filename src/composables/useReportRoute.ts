/** The district and report a route names (`/d/:code`, `/d/:code/:year`, and their report pages), as the store holds them. */
import { computed } from 'vue'
import { useRoute } from 'vue-router'
import { useDistrictsStore } from '~/stores/districts'

export function useReportRoute() {
  const route = useRoute()
  const store = useDistrictsStore()
  const district = computed(() => store.findDistrict(String(route.params.code)))
  const year = computed(() => (typeof route.params.year === 'string' ? Number(route.params.year) : undefined))
  const report = computed(() => district.value && store.reportFor(district.value.code, year.value))
  /** 'error' for a district or year the app does not have */
  const state = computed(() => (district.value ? store.reportState(district.value.code, year.value) : 'error'))
  return { district, year, report, state }
}
