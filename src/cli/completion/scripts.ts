import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import type { Shell } from './shells.js';
import { zshScript } from './zsh.js';

/** The script that teaches a shell to complete coop's command lines. */
export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      return bashScript;
    case 'zsh':
      return zshScript;
    case 'fish':
      return fishScript;
  }
}
