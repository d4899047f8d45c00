/**
 * A temporary file that holds a batch's outputs until the batch is over (`parse --dedupe` knows
 * which pages are copies only then): memory stays bounded however large the batch. The file is
 * removed when the spool is closed.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export class Spool {
  private readonly folder: string
  private readonly fd: number
  private size = 0
  /** Where each record is: its byte offset and length, in the order added. */
  private readonly records: [offset: number, length: number][] = []

  constructor() {
    this.folder = mkdtempSync(join(tmpdir(), 'lawgov-spool-'))
    this.fd = openSync(join(this.folder, 'outputs'), 'w+')
  }

  /** Add a record; returns its number (0, 1, 2 … in the order added). */
  add(text: string): number {
    const bytes = Buffer.from(text, 'utf8')
    writeSync(this.fd, bytes, 0, bytes.length, this.size)
    this.records.push([this.size, bytes.length])
    this.size += bytes.length
    return this.records.length - 1
  }

  /** The records in the order added. */
  *read(): Generator<string> {
    for (const [offset, length] of this.records) {
      const buffer = Buffer.alloc(length)
      readSync(this.fd, buffer, 0, length, offset)
      yield buffer.toString('utf8')
    }
  }

  /** Remove the file. */
  close(): void {
    closeSync(this.fd)
    rmSync(this.folder, { recursive: true, force: true })
  }
}
