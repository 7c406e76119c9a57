// What the command-line scripts (bench, soak) share to read their options.

/** A bad option: its message is printed as is and the script exits with status 2. */
export class OptionsError extends Error {}

export function intOption(value: string | undefined, name: string, min: number, max: number): number {
  const n = Number(value)
  if (value === undefined || !Number.isInteger(n) || n < min || n > max) throw new OptionsError(`${name} attend un nombre entier entre ${min} et ${max}.`)
  return n
}

/** The options, or the script stops with the French message of a bad one. */
export function optionsOrExit<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof OptionsError) {
      console.error(error.message)
      process.exit(2)
    }
    throw error
  }
}
