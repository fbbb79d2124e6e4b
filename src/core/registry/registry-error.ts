/** The registry cannot be read at all: missing folder, unreadable file. Commands exit 2 on it. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
}
