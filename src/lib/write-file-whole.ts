// Writing a file so that no reader, and no later build after an interruption, ever sees part of it.

import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Text gathered before a write: files written in pieces (a line each) would cost a system call a line. */
const WRITE_BYTES = 1 << 20;

/** A file written in pieces beside its place and renamed into it when done (see `writeFileWhole`). */
export interface WholeFileWriter {
  write(piece: string): void;
  /** Writes what is left and puts the file in its place. */
  close(): void;
  /** Leaves the file as it was. */
  abandon(): void;
}

export function openFileWhole(file: string): WholeFileWriter {
  mkdirSync(dirname(file), { recursive: true });
  // Named by process and thread: two threads may write one file at once (the same article text, read from two files).
  const aside = `${file}.${process.pid}-${threadId}.tmp`;
  const descriptor = openSync(aside, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    // writeFileSync on a descriptor writes it all (a single write may take only part).
    writeFileSync(descriptor, pending.join(''));
    [pending, pendingLength] = [[], 0];
  };
  return {
    write(piece) {
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= WRITE_BYTES) flush();
    },
    close() {
      try {
        flush();
      } finally {
        closeSync(descriptor);
      }
      renameSync(aside, file);
    },
    abandon() {
      closeSync(descriptor);
      rmSync(aside, { force: true });
    },
  };
}

/**
 * Writes `text` beside `file` and renames it into place (creating the folder). Text given in pieces is written as it
 * comes, so a file that grows with the archive is never one string (V8's longest is ~512 MB).
 */
export function writeFileWhole(file: string, text: string | Iterable<string>): void {
  const writer = openFileWhole(file);
  try {
    for (const piece of typeof text === 'string' ? [text] : text) writer.write(piece);
  } catch (error) {
    writer.abandon();
    throw error;
  }
  writer.close();
}
