/** A problem with the input that the person running ingest can fix: one line, what and what to do. */
export class IngestError extends Error {
  /** lines to print before the message, e.g. what a re-run would change */
  readonly details: string[]

  constructor(readonly code: string, message: string, details: string[] = []) {
    super(message)
    this.name = 'IngestError'
    this.details = details
  }
}
