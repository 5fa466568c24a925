/** A problem with the input that the person running ingest can fix: one line, what and what to do. */
export class IngestError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
    this.name = 'IngestError'
  }
}
