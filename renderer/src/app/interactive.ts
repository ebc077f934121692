/** Name of the performance mark set once the first screen shows its data. */
export const APP_INTERACTIVE_MARK = 'app-interactive';

/**
 * Marks the moment the first screen's data has rendered, once per page load,
 * so benchmarks can read `performance.getEntriesByName('app-interactive')`.
 */
export function markAppInteractive(): void {
  if (performance.getEntriesByName(APP_INTERACTIVE_MARK, 'mark').length === 0) {
    performance.mark(APP_INTERACTIVE_MARK);
  }
}
