import { CoopError } from '../errors.js';

/** The registry cannot be read at all: missing folder, unreadable file. Commands exit 2 on it. */
export class RegistryError extends CoopError {
  override readonly name = 'RegistryError';
}
