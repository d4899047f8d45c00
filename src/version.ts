/** The Report's schema version: raised when a field changes meaning or goes away. Kept apart
 *  from types.ts so that parsing does not load the schema library to stamp it. */
export const SCHEMA_VERSION = 2 as const
