/**
 * `lawgov schema`: print the JSON Schema (2020-12) of the Report on stdout, from the same source
 * as the TypeScript type, for validators and code generators.
 */
import { reportJsonSchema } from '../../types.js'
import { writeData, type Io } from '../io.js'

/**
 * Run `lawgov schema`.
 * @param io where to write
 * @returns the exit status (0)
 */
export async function schemaCommand(io: Io): Promise<number> {
  await writeData(io, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`)
  return 0
}
