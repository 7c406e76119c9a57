// Refusals of a backup or a restore that the operator can act on. The scripts print the French
// message alone and exit with code 1; any other error is a bug and keeps its stack trace.
export type BackupErrorCode =
  | 'source-missing'
  | 'out-not-empty'
  | 'out-inside-uploads'
  | 'integrity'
  | 'not-a-backup'
  | 'manifest-invalid'
  | 'target-not-empty'
  | 'secret-differs'
  | 'checksum-mismatch'
  | 'counts-mismatch'

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}
