import { COMPLETE_COMMAND, FILES_DIRECTIVE } from './shells.js';

export const zshScript = `#compdef coop
# coop completion for zsh. Load it from ~/.zshrc, after compinit, with: eval "$(coop completion zsh)"
# or save it as _coop in a folder of your $fpath.
_coop() {
  local -a candidates
  candidates=("\${(@f)$(coop ${COMPLETE_COMMAND} "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ "\${candidates[1]}" == "${FILES_DIRECTIVE}" ]]; then
    _files
    return
  fi
  candidates=("\${(@)candidates:#}")
  (( \${#candidates} )) && compadd -- "\${(@)candidates}"
}
if [[ "\${funcstack[1]}" == _coop ]]; then
  _coop "$@"
else
  compdef _coop coop
fi
`;
